/// Parsing the blocks of a whole text: each block (a table, a narrative region) is
/// parsed on its own, so a large text is parsed on every core.
enum BlockParsing {
    /// Texts smaller than this are parsed on the calling thread (threads cost more than they save).
    static let parallelThreshold = 256 << 10

    /// The blocks of `spans`, in order, with ids `firstID`, `firstID + 1`, ….
    static func parse(_ spans: [BlockSpan], in text: [UInt8], firstID: Int, parsesNarrative: Bool,
                      parallel: Bool = true) -> [ParsedBlock] {
        let chunks = parallel ? chunked(spans, textLength: text.count) : [0..<spans.count]
        guard chunks.count > 1 else {
            return spans.enumerated().map { parse($1, in: text, id: firstID + $0, parsesNarrative: parsesNarrative) }
        }
        return chunks.concurrentMap { range in
            range.map { parse(spans[$0], in: text, id: firstID + $0, parsesNarrative: parsesNarrative) }
        }.flatMap { $0 }
    }

    /// `earlier`: narrative blocks of the text before an edit, whose sentences a narrative block may reuse.
    static func parse(_ span: BlockSpan, in text: [UInt8], id: Int, parsesNarrative: Bool,
                      earlier: @autoclosure () -> [NarrativeBlock] = []) -> ParsedBlock {
        switch span.kind {
        case .table(let kind):
            let table = TableContentBox(TableBlockParser.parse(text, block: span.range, kind: kind))
            return ParsedBlock(id: id, range: span.range, kind: span.kind, table: table)
        case .narrative:
            // Each narrative block is parsed on its own, so an edit re-parses only the region it touched.
            let narrative = parsesNarrative
                ? NarrativeBox(NarrativeParser.parseBlock(text, region: SourceRange(span.range), earlier: earlier())) : nil
            return ParsedBlock(id: id, range: span.range, kind: span.kind, narrative: narrative)
        }
    }

    /// Index ranges of `spans` holding about the same number of bytes (enough chunks to
    /// keep every core of a usual machine busy; `concurrentPerform` runs them on the cores there are).
    private static func chunked(_ spans: [BlockSpan], textLength: Int) -> [Range<Int>] {
        guard textLength >= parallelThreshold, spans.count > 1 else { return [0..<spans.count] }
        let target = max(1, textLength / 32)
        var chunks: [Range<Int>] = []
        var start = 0, bytes = 0
        for (k, span) in spans.enumerated() {
            bytes += span.range.count
            if bytes >= target {
                chunks.append(start..<(k + 1))
                start = k + 1
                bytes = 0
            }
        }
        if start < spans.count { chunks.append(start..<spans.count) }
        return chunks
    }
}
