import JSONRPC

/// `Report` also exports a `JSONValue` (for `dump`); these tests mean the JSON-RPC one.
typealias JSONValue = JSONRPC.JSONValue
