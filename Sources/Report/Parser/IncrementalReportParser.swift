/// Keeps the parsed model of one open document and updates it after edits,
/// re-parsing only the blocks (a table, a narrative region) an edit touched.
///
/// After `apply(edits:newText:)`, `document` equals `ReportDocument.parse(newText)`
/// (the differential test checks this over thousands of random edits).
///
/// How: the text is segmented into blocks (tables and narrative regions). An edit
/// re-segments from two blocks before the first block it touches, and stops as soon as
/// a new block boundary after the edit coincides with an old one; blocks whose text did
/// not change keep their parsed tables, later blocks are only moved. Per-report work
/// (column inference) is redone only for reports whose blocks changed.
public struct IncrementalReportParser: Sendable {
    /// The current model.
    public private(set) var document: ReportDocument
    private var blocks: [ParsedBlock] = []
    private var finalized: [[Int]: [TableContent]] = [:]
    private var nextID = 0

    /// Parses `text` fully.
    public init(text: [UInt8]) {
        document = ReportDocument(reports: [], textLength: text.count)
        let spans = BlockSegmenter.segment(text, from: 0, shouldStop: { _ in false }).blocks
        blocks = spans.map { parse($0, in: text) }
        rebuild(textLength: text.count)
    }

    /// Applies `edits` (in order, each in the coordinates of the text after the previous
    /// ones, as LSP sends them) whose result is `newText`.
    public mutating func apply(edits: [ByteEdit], newText: [UInt8]) {
        guard let envelope = Self.envelope(edits) else { return }
        let start = envelope.start, oldEnd = envelope.oldEnd, newEnd = envelope.newEnd
        let delta = newEnd - oldEnd
        guard !blocks.isEmpty else {
            self = IncrementalReportParser(text: newText)
            return
        }
        let first = blocks.firstIndex { $0.range.upperBound >= start } ?? (blocks.count - 1)
        let lo = max(0, first - 2)
        let segmentStart = blocks[lo].range.lowerBound
        let old = blocks
        var resumeIndex: Int?
        let result = BlockSegmenter.segment(newText, from: segmentStart) { p in
            guard p >= newEnd else { return false }
            let q = p - delta
            guard q >= oldEnd, let k = Self.blockIndex(in: old, startingAt: q) else { return false }
            resumeIndex = k
            return true
        }
        var updated = Array(old[0..<lo])
        for span in result.blocks {
            if span.range.upperBound <= start, let k = Self.blockIndex(in: old, startingAt: span.range.lowerBound),
               old[k].range == span.range, old[k].kind == span.kind {
                updated.append(old[k])
            } else if span.range.lowerBound >= newEnd,
                      let k = Self.blockIndex(in: old, startingAt: span.range.lowerBound - delta),
                      old[k].range.upperBound + delta == span.range.upperBound, old[k].range.lowerBound >= oldEnd, old[k].kind == span.kind {
                var moved = old[k]
                moved.range = span.range
                updated.append(moved)
            } else {
                updated.append(parse(span, in: newText))
            }
        }
        if let k = resumeIndex, result.stoppedAt != nil {
            for var b in old[k...] {
                b.range = (b.range.lowerBound + delta)..<(b.range.upperBound + delta)
                updated.append(b)
            }
        }
        blocks = updated
        rebuild(textLength: newText.count)
    }

    private mutating func parse(_ span: BlockSpan, in text: [UInt8]) -> ParsedBlock {
        nextID += 1
        var table: TableContent?
        if case .table(let kind) = span.kind { table = TableBlockParser.parse(text, block: span.range, kind: kind) }
        return ParsedBlock(id: nextID, range: span.range, kind: span.kind, table: table)
    }

    /// Regroups the blocks into reports; reports whose blocks are unchanged reuse their finalised tables.
    private mutating func rebuild(textLength: Int) {
        var reports: [Report] = []
        var cache: [[Int]: [TableContent]] = [:]
        for indices in ReportAssembler.group(blocks) {
            let key = indices.map { blocks[$0].id }
            var tables: [TableContent]
            if let cached = finalized[key] {
                tables = cached
            } else {
                tables = indices.compactMap { blocks[$0].table }
                ColumnInference.apply(&tables)
            }
            cache[key] = tables
            reports.append(ReportAssembler.report(blocks: blocks, indices: indices, tables: tables))
        }
        finalized = cache
        document = ReportDocument(reports: reports, textLength: textLength)
    }

    /// The old block starting exactly at `offset`.
    private static func blockIndex(in blocks: [ParsedBlock], startingAt offset: Int) -> Int? {
        var lo = 0, hi = blocks.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if blocks[mid].range.lowerBound < offset { lo = mid + 1 } else { hi = mid }
        }
        return lo < blocks.count && blocks[lo].range.lowerBound == offset ? lo : nil
    }

    /// Sequential edits folded into one: `start..<oldEnd` of the original text became
    /// `start..<newEnd` of the final text.
    static func envelope(_ edits: [ByteEdit]) -> (start: Int, oldEnd: Int, newEnd: Int)? {
        var env: (start: Int, oldEnd: Int, newEnd: Int)?
        for e in edits {
            let s = e.range.start, end = e.range.end
            guard var v = env else {
                env = (s, end, s + e.replacementLength)
                continue
            }
            // `v` in current coordinates covers v.start..<v.newEnd.
            let currentEnd = max(v.newEnd, end)
            v.oldEnd += currentEnd - v.newEnd
            v.start = min(v.start, s)
            v.newEnd = currentEnd + e.delta
            env = v
        }
        return env
    }
}

extension ReportDocument {
    /// Parses a whole document. Never fails: unreadable parts become parse notes.
    public static func parse(_ text: [UInt8]) -> ReportDocument {
        IncrementalReportParser(text: text).document
    }
}
