import JSONRPC

/// `Report` also exports a `JSONValue` (for `dump`); inside the server the JSON-RPC one is meant.
public typealias JSONValue = JSONRPC.JSONValue
