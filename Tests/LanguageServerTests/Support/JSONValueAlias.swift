import JSONRPC

/// `Report` also exports a `JSONValue`; in these tests it is the JSON-RPC one.
typealias JSONValue = JSONRPC.JSONValue
