import JSONRPC

/// `Report` also exports a `JSONValue` (for `dump`); inside the server `JSONValue`
/// always means the JSON-RPC one. A declaration of this module shadows both imports.
public typealias JSONValue = JSONRPC.JSONValue
