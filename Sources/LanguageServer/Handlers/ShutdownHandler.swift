import JSONRPC

/// `shutdown`: answers `null`; afterwards every request gets `-32600`.
struct ShutdownHandler: RequestHandler {
    let method = "shutdown"

    func handle(id: RequestID, params: Params, server: LanguageServer) throws(ResponseError) -> RequestReply {
        server.lifecycle = .shutDown
        return .result(.null)
    }
}
