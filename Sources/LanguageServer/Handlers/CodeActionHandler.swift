import JSONRPC
import Report

/// `textDocument/codeAction`: the quick fixes of the findings that touch the
/// requested range, each as a plain `WorkspaceEdit` with its diagnostic attached.
/// Only offered when the latest analysis is of the current version (otherwise
/// its ranges would be stale).
struct CodeActionHandler: RequestHandler {
    let method = "textDocument/codeAction"

    func capabilities(for client: ClientCapabilities, settings: ServerSettings) -> [String: JSONValue]? {
        ["codeActionProvider": ["codeActionKinds": ["quickfix"]]]
    }

    func handle(id: RequestID, params: Params, server: LanguageServer) throws(ResponseError) -> RequestReply {
        let uri = try params.required("textDocument").required("uri").string()
        let rangeParams = try params.required("range")
        let context = try params.required("context")
        if let only = try context.optional("only") {
            let kinds = try only.array().map { (kind) throws(ResponseError) in try kind.string() }
            if !kinds.contains(where: { "quickfix".hasPrefix($0) || $0 == "quickfix" }) { return .result([]) }
        }
        guard let document = server.document(uri: uri), let snapshot = server.latestAnalysis(uri: uri),
              snapshot.version == document.version
        else {
            _ = try PositionConverter.linePosition(rangeParams.required("start"))
            _ = try PositionConverter.linePosition(rangeParams.required("end"))
            return .result([])
        }
        let converter = snapshot.converter
        let requested = try converter.sourceRange(rangeParams)
        var actions: [JSONValue] = []
        for (finding, diagnostic) in zip(snapshot.findings, snapshot.diagnostics)
            where !finding.fixes.isEmpty && finding.range.overlaps(requested)
        {
            for fix in finding.fixes {
                actions.append([
                    "title": .string(fix.title.text(server.settings.locale)),
                    "kind": "quickfix",
                    "diagnostics": [diagnostic],
                    "isPreferred": .bool(finding.fixes.count == 1),
                    "edit": DiagnosticFormatter.workspaceEdit(fix, uri: uri, converter: converter),
                ])
            }
        }
        return .result(.array(actions))
    }
}
