import JSONRPC

/// `textDocument/diagnostic` (pull): the same diagnostics as published, for the
/// document's current version; waits (pending, cancellable) while it is analysed.
struct DocumentDiagnosticHandler: RequestHandler {
    let method = "textDocument/diagnostic"

    func capabilities(for client: ClientCapabilities, settings: ServerSettings) -> [String: JSONValue]? {
        guard LanguageServer.pullsDiagnostics(client: client, settings: settings) else { return nil }
        return ["diagnosticProvider": [
            "identifier": .string(LanguageServer.name),
            "interFileDependencies": false,
            "workspaceDiagnostics": false,
        ]]
    }

    func handle(id: RequestID, params: Params, server: LanguageServer) throws(ResponseError) -> RequestReply {
        let uri = try params.required("textDocument").required("uri").string()
        return server.diagnosticsWhenReady(uri: uri, id: id)
    }
}
