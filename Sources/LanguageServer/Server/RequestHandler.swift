import JSONRPC

/// How a request handler answers: now, or later through `LanguageServer.respond`
/// (the request then stays pending and `$/cancelRequest` can cancel it).
public enum RequestReply: Sendable {
    case result(JSONValue)
    case deferred
}

/// One LSP request method. Adding a feature is: a file with a handler, an entry
/// in `HandlerRegistry.standard`, and its `capabilities` fragment.
public protocol RequestHandler: Sendable {
    var method: String { get }
    /// The server-capabilities fragment this handler implements (merged into the
    /// `initialize` result), or nil when it implements none, or not for this client.
    func capabilities(for client: ClientCapabilities, settings: ServerSettings) -> [String: JSONValue]?
    /// Runs on the server queue. Throwing answers the request with that error.
    func handle(id: RequestID, params: Params, server: LanguageServer) throws(ResponseError) -> RequestReply
}

/// One LSP notification method.
public protocol NotificationHandler: Sendable {
    var method: String { get }
    func capabilities(for client: ClientCapabilities, settings: ServerSettings) -> [String: JSONValue]?
    /// Runs on the server queue. A thrown error is logged (notifications get no answer).
    func handle(params: Params, server: LanguageServer) throws(ResponseError)
}

extension RequestHandler {
    public func capabilities(for client: ClientCapabilities, settings: ServerSettings) -> [String: JSONValue]? { nil }
}

extension NotificationHandler {
    public func capabilities(for client: ClientCapabilities, settings: ServerSettings) -> [String: JSONValue]? { nil }
}
