import Checks
import JSONRPC
import Report

/// `textDocument/hover`: on a subject code (table row, 01/04 类 label, bare code in the
/// narrative, 类/款/项 phrase) its chain, classification, explanation, this document's
/// figures for it and whether the name written here matches the catalog; on a table figure
/// the check identities it takes part in; on a narrative number the cell it was checked against.
struct HoverHandler: RequestHandler {
    let method = "textDocument/hover"

    func capabilities(for client: ClientCapabilities, settings: ServerSettings) -> [String: JSONValue]? {
        ["hoverProvider": true]
    }

    func handle(id: RequestID, params: Params, server: LanguageServer) throws(ResponseError) -> RequestReply {
        let uri = try params.required("textDocument").required("uri").string()
        let position = try PositionConverter.linePosition(params.required("position"))
        return server.replyWithCurrentAnalysis(uri: uri, id: id) { [server] snapshot in
            Self.hover(at: position, snapshot: snapshot, locale: server.settings.locale)
        }
    }

    static func hover(at position: LinePosition, snapshot: AnalysisSnapshot, locale: MessageLocale) -> JSONValue {
        guard let analysis = snapshot.reportAnalysis else { return .null }
        let converter = snapshot.converter
        let offset = converter.offset(of: position)
        let document = analysis.document
        if let match = analysis.narrativeMatch(at: offset) {
            return Markdown.hover(FigureHover.markdown(match, locale: locale), range: converter.json(match.mentionRange))
        }
        if let location = document.location(at: offset), location.part == .cell, let table = document.table(at: location),
           let rowIndex = location.row, table.rows.indices.contains(rowIndex), let cellIndex = location.cell {
            let row = table.rows[rowIndex]
            guard row.cells.indices.contains(cellIndex) else { return .null }
            let cell = row.cells[cellIndex]
            let markdown = FigureHover.markdown(table: table, row: row, cell: cell, analysis: analysis, locale: locale)
            return Markdown.hover(markdown, range: converter.json(cell.range))
        }
        guard let mention = CodeMention.at(offset, document: document, bytes: snapshot.bytes, catalog: analysis.catalog) else {
            return .null
        }
        let markdown = CodeHover.markdown(mention, document: document, catalog: analysis.catalog, locale: locale)
        return Markdown.hover(markdown, range: converter.json(mention.range))
    }
}
