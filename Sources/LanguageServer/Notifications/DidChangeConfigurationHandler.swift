import JSONRPC

/// `workspace/didChangeConfiguration`: merges the new settings and re-analyses
/// every open document with them.
struct DidChangeConfigurationHandler: NotificationHandler {
    let method = "workspace/didChangeConfiguration"

    func handle(params: Params, server: LanguageServer) throws(ResponseError) {
        server.updateSettings(try params.optional("settings")?.value)
    }
}
