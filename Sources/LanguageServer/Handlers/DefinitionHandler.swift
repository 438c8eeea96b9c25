import JSONRPC
import Report

/// `textDocument/definition`: from a subject code (a row's code or name, a 类 label, a bare
/// code or a 类/款/项 phrase) to its row in table 05 (else 03, else 02, else any other table of
/// the report); from a narrative number to the table cells (or narrative numbers) a narrative
/// check compared it with (several locations when it was compared with a sum).
struct DefinitionHandler: RequestHandler {
    let method = "textDocument/definition"

    func capabilities(for client: ClientCapabilities, settings: ServerSettings) -> [String: JSONValue]? {
        ["definitionProvider": true]
    }

    func handle(id: RequestID, params: Params, server: LanguageServer) throws(ResponseError) -> RequestReply {
        let uri = try params.required("textDocument").required("uri").string()
        let position = try PositionConverter.linePosition(params.required("position"))
        return server.replyWithCurrentAnalysis(uri: uri, id: id) { snapshot in
            guard let analysis = snapshot.reportAnalysis else { return .null }
            let converter = snapshot.converter
            let offset = converter.offset(of: position)
            let targets = Self.targets(at: offset, analysis: analysis, bytes: snapshot.bytes)
            let locations: [JSONValue] = targets.map { ["uri": .string(uri), "range": converter.json($0)] }
            switch locations.count {
            case 0: return .null
            case 1: return locations[0]
            default: return .array(locations)
            }
        }
    }

    /// Tables searched for a code's row, in order of preference.
    static let preferredTables: [TableKind] = [.generalBudgetExpenditure, .expenditure, .income]

    /// A narrative number's compared cells (or numbers), or a code's row.
    static func targets(at offset: Int, analysis: ReportAnalysis, bytes: [UInt8]) -> [SourceRange] {
        if let match = analysis.narrativeMatch(at: offset), !match.targetRanges.isEmpty { return match.targetRanges }
        return codeRow(at: offset, analysis: analysis, bytes: bytes).map { [$0] } ?? []
    }

    static func codeRow(at offset: Int, analysis: ReportAnalysis, bytes: [UInt8]) -> SourceRange? {
        let document = analysis.document
        guard let mention = CodeMention.at(offset, document: document, bytes: bytes, catalog: analysis.catalog),
              let code = mention.code else { return nil }
        let reports = mention.reportIndex.map { [$0] } ?? Array(document.reports.indices)
        var candidates: [Row] = []
        for reportIndex in reports where document.reports.indices.contains(reportIndex) {
            let tables = document.reports[reportIndex].tables
            let ordered = preferredTables.flatMap { kind in tables.filter { $0.kind == kind } }
                + tables.filter { !preferredTables.contains($0.kind) }
            for table in ordered { candidates += CodeHover.rows(of: code, in: table) }
        }
        // Not the row the cursor is on, unless it is the only one.
        let elsewhere = candidates.filter { !$0.range.touches(offset) }
        return (elsewhere.first ?? candidates.first)?.range
    }
}
