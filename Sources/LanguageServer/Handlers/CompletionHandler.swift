import JSONRPC
import Report

/// `textDocument/completion` in table rows: a code prefix offers the codes with their names
/// (label `code name`, inserts the code, detail the chain); part of a name offers the codes
/// whose name contains it. Ranges are in the negotiated position encoding.
struct CompletionHandler: RequestHandler {
    let method = "textDocument/completion"

    func capabilities(for client: ClientCapabilities, settings: ServerSettings) -> [String: JSONValue]? {
        ["completionProvider": ["resolveProvider": false]]
    }

    func handle(id: RequestID, params: Params, server: LanguageServer) throws(ResponseError) -> RequestReply {
        let uri = try params.required("textDocument").required("uri").string()
        let position = try PositionConverter.linePosition(params.required("position"))
        let empty: JSONValue = ["isIncomplete": false, "items": []]
        return server.replyWithCurrentAnalysis(uri: uri, id: id, fallback: empty) { [server] snapshot in
            guard let analysis = snapshot.reportAnalysis else { return empty }
            let converter = snapshot.converter
            let answer = CodeCompletion.items(at: converter.offset(of: position), bytes: snapshot.bytes, analysis: analysis,
                                              converter: converter, locale: server.settings.locale)
            return ["isIncomplete": .bool(answer.isIncomplete), "items": .array(answer.items)]
        }
    }
}
