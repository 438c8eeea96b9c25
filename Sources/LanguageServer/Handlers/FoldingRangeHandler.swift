import JSONRPC
import Report

/// `textDocument/foldingRange`: every table (title to last line), part and numbered section,
/// and every report of a volume. Line-based, so the same in every position encoding.
struct FoldingRangeHandler: RequestHandler {
    let method = "textDocument/foldingRange"

    func capabilities(for client: ClientCapabilities, settings: ServerSettings) -> [String: JSONValue]? {
        ["foldingRangeProvider": true]
    }

    func handle(id: RequestID, params: Params, server: LanguageServer) throws(ResponseError) -> RequestReply {
        let uri = try params.required("textDocument").required("uri").string()
        return server.replyWithCurrentAnalysis(uri: uri, id: id, fallback: []) { snapshot in
            guard let analysis = snapshot.reportAnalysis else { return [] }
            return .array(Self.ranges(analysis, bytes: snapshot.bytes, lineIndex: snapshot.lineIndex).map { range in
                ["startLine": .int(range.start), "endLine": .int(range.end), "kind": "region"]
            })
        }
    }

    /// (start line, end line) pairs, ordered by start line, without duplicates.
    static func ranges(_ analysis: ReportAnalysis, bytes: [UInt8], lineIndex: LineIndex) -> [(start: Int, end: Int)] {
        var spans: [SourceRange] = analysis.document.tables.map(\.range)
        if analysis.document.reports.count > 1 { spans += analysis.document.reports.map(\.range) }
        func addSections(_ sections: [NarrativeSection]) {
            for section in sections {
                spans.append(section.range)
                addSections(section.children)
            }
        }
        for report in analysis.document.reports {
            let narrative = report.narrative
            for part in narrative.parts {
                spans.append(DocumentOutline.clipped(part.range, to: report.range))
                addSections(part.sections)
            }
            addSections(narrative.preambleSections)
        }
        var seen: Set<Int> = []
        var result: [(start: Int, end: Int)] = []
        for span in spans.sorted() {
            let start = lineIndex.line(containing: span.start)
            let end = lineIndex.line(containing: lastContent(in: span, bytes: bytes))
            guard end > start, seen.insert(start * 1_000_003 + end).inserted else { continue }
            result.append((start, end))
        }
        return result
    }

    /// The offset of the last non-blank byte of `range` (its start when it is all blank).
    static func lastContent(in range: SourceRange, bytes: [UInt8]) -> Int {
        var index = min(range.end, bytes.count) - 1
        while index > range.start, [0x0A, 0x0D, 0x20, 0x09].contains(bytes[index]) { index -= 1 }
        return max(range.start, index)
    }
}
