import JSONRPC

/// `textDocument/didOpen`: stores the text and analyses it.
struct DidOpenHandler: NotificationHandler {
    let method = "textDocument/didOpen"

    func capabilities(for client: ClientCapabilities, settings: ServerSettings) -> [String: JSONValue]? {
        ["textDocumentSync": ["openClose": true]]
    }

    func handle(params: Params, server: LanguageServer) throws(ResponseError) {
        let item = try params.required("textDocument")
        let document = TextDocument(uri: try item.required("uri").string(),
                                    languageID: try item.optional("languageId")?.string() ?? "plaintext",
                                    version: try item.required("version").int(),
                                    text: try item.required("text").string())
        server.open(document)
    }
}

/// `textDocument/didChange`: applies incremental (sync kind 2) and whole-text
/// changes in order, then re-analyses.
struct DidChangeHandler: NotificationHandler {
    let method = "textDocument/didChange"

    func capabilities(for client: ClientCapabilities, settings: ServerSettings) -> [String: JSONValue]? {
        ["textDocumentSync": ["change": 2]]
    }

    func handle(params: Params, server: LanguageServer) throws(ResponseError) {
        let identifier = try params.required("textDocument")
        let uri = try identifier.required("uri").string()
        let version = try identifier.required("version").int()
        let changes = try params.required("contentChanges").array()
        // Check every change's shape first, so that a bad one changes nothing.
        for change in changes {
            _ = try change.required("text").string()
            if let range = try change.optional("range") {
                _ = try PositionConverter.linePosition(range.required("start"))
                _ = try PositionConverter.linePosition(range.required("end"))
            }
        }
        try server.change(uri: uri, version: version, changes: changes)
    }
}

/// `textDocument/didClose`: forgets the document and publishes an empty list.
struct DidCloseHandler: NotificationHandler {
    let method = "textDocument/didClose"

    func capabilities(for client: ClientCapabilities, settings: ServerSettings) -> [String: JSONValue]? {
        ["textDocumentSync": ["openClose": true]]
    }

    func handle(params: Params, server: LanguageServer) throws(ResponseError) {
        server.close(uri: try params.required("textDocument").required("uri").string())
    }
}

/// `textDocument/didSave`: the text is already current (no `includeText`); nothing to do.
struct DidSaveHandler: NotificationHandler {
    let method = "textDocument/didSave"

    func capabilities(for client: ClientCapabilities, settings: ServerSettings) -> [String: JSONValue]? {
        ["textDocumentSync": ["save": ["includeText": false]]]
    }

    func handle(params: Params, server: LanguageServer) throws(ResponseError) {
        _ = try params.required("textDocument").required("uri").string()
    }
}
