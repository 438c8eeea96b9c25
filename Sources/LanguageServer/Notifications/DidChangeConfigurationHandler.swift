import JSONRPC

/// `workspace/didChangeConfiguration`: merges the new settings and re-analyses
/// every open document with them. Clients that only signal a change (`settings`
/// null) are asked for the settings with `workspace/configuration`.
struct DidChangeConfigurationHandler: NotificationHandler {
    let method = "workspace/didChangeConfiguration"

    func handle(params: Params, server: LanguageServer) throws(ResponseError) {
        if let settings = try params.optional("settings")?.value {
            server.updateSettings(settings)
        } else {
            server.fetchConfiguration()
        }
    }
}
