/// Keeps the parsed model of one open document and updates it after edits,
/// re-parsing only the blocks (a table, a narrative region) an edit touched.
///
/// After `apply(edits:newText:)`, `document` equals `ReportDocument.parse(newText)`
/// (the differential test checks this over thousands of random edits).
///
/// How: the text is segmented into blocks (tables and narrative regions). An edit
/// re-segments from the block before the first block it touches and stops as soon as a
/// new block boundary after the edit coincides with an old one; blocks whose text did not
/// change keep their parsed tables, later blocks are only moved. Reports are regrouped the
/// same way, from the report holding the first re-segmented block until a report start
/// coincides with an old one; per-report work (column inference) is redone only for
/// regrouped reports, later reports are moved.
public struct IncrementalReportParser: Sendable {
    /// The current model.
    public private(set) var document: ReportDocument
    private var blocks: [ParsedBlock] = []
    /// Block index ranges of `document.reports`, in order.
    private var groups: [Range<Int>] = []
    private var nextID = 0
    /// How many blocks the last `init`/`apply` parsed (tests check that edits stay local).
    private(set) var lastParsedBlockCount = 0
    /// False only in tests that exercise the tables alone (narrative parsing has its own tests).
    private var parsesNarrative = true

    /// Parses `text` fully.
    public init(text: [UInt8]) {
        self.init(text: text, parsesNarrative: true)
    }

    init(text: [UInt8], parsesNarrative: Bool) {
        self.parsesNarrative = parsesNarrative
        document = ReportDocument(reports: [], textLength: text.count)
        let spans = BlockSegmenter.segment(text, from: 0, shouldStop: { _ in false }).blocks
        blocks = BlockParsing.parse(spans, in: text, firstID: 1, parsesNarrative: parsesNarrative)
        nextID = spans.count
        lastParsedBlockCount = spans.count
        regroupAll(textLength: text.count)
    }

    /// Applies `edits` (in order, each in the coordinates of the text after the previous
    /// ones, as LSP sends them) whose result is `newText`.
    public mutating func apply(edits: [ByteEdit], newText: [UInt8]) {
        guard let envelope = Self.envelope(edits) else { return }
        let start = envelope.start, oldEnd = envelope.oldEnd, newEnd = envelope.newEnd
        let delta = newEnd - oldEnd
        // Edits that do not describe `newText` (or an empty model) get a full parse.
        guard !blocks.isEmpty, start >= 0, start <= oldEnd, oldEnd <= document.textLength,
              document.textLength + delta == newText.count else {
            self = IncrementalReportParser(text: newText, parsesNarrative: parsesNarrative)
            return
        }
        // Re-segment from the block before the first touched one: its start line and the lines
        // it looks ahead at lie before the edit (two blocks back when it opens a report by
        // looking ahead at a department name and a title).
        let first = blocks.firstIndex { $0.range.upperBound >= start } ?? (blocks.count - 1)
        var lo = max(0, first - 1)
        if lo > 0, case .narrative(_, true) = blocks[lo].kind { lo -= 1 }
        let old = blocks
        lastParsedBlockCount = 0
        var resumeIndex: Int?
        let result = BlockSegmenter.segment(newText, from: old[lo].range.lowerBound) { p in
            guard p >= newEnd else { return false }
            let q = p - delta
            guard q >= oldEnd, let k = Self.blockIndex(in: old, startingAt: q) else { return false }
            resumeIndex = k
            return true
        }
        var updated = Array(old[0..<lo])
        updated.reserveCapacity(old.count + result.blocks.count)
        for span in result.blocks {
            if span.range.upperBound <= start, let k = Self.blockIndex(in: old, startingAt: span.range.lowerBound),
               old[k].range == span.range, old[k].kind == span.kind {
                updated.append(old[k])
            } else if span.range.lowerBound >= newEnd,
                      let k = Self.blockIndex(in: old, startingAt: span.range.lowerBound - delta),
                      old[k].range.upperBound + delta == span.range.upperBound, old[k].range.lowerBound >= oldEnd, old[k].kind == span.kind {
                updated.append(old[k].moved(by: delta))
            } else {
                // Narrative blocks the re-segmented text replaces: their sentences may come out the same.
                let earlier = old[lo..<max(lo, resumeIndex ?? old.count)].compactMap(\.currentNarrative)
                updated.append(parse(span, in: newText, earlier: earlier))
                lastParsedBlockCount += 1
            }
        }
        // The untouched tail: same text, moved by `delta`.
        var tail: (newStart: Int, oldStart: Int)?
        if let k = resumeIndex, result.stoppedAt != nil {
            tail = (updated.count, k)
            for b in old[k...] { updated.append(b.moved(by: delta)) }
        }
        blocks = updated
        regroup(from: lo, tail: tail, delta: delta, textLength: newText.count)
    }

    private mutating func parse(_ span: BlockSpan, in text: [UInt8], earlier: @autoclosure () -> [NarrativeBlock]) -> ParsedBlock {
        nextID += 1
        return BlockParsing.parse(span, in: text, id: nextID, parsesNarrative: parsesNarrative, earlier: earlier())
    }

    private mutating func regroupAll(textLength: Int) {
        guard ReportAssembler.isReport(blocks) else {
            groups = []
            document = ReportDocument(reports: [], textLength: textLength)
            return
        }
        groups = ReportAssembler.group(blocks, from: 0, shouldStop: { _ in false }).groups
        document = ReportDocument(reports: groups.map { buildReport($0) }, textLength: textLength)
    }

    /// Regroups from the report holding block `lo` until a report start in the moved tail
    /// coincides with an old one; reports before are kept, reports after are moved.
    private mutating func regroup(from lo: Int, tail: (newStart: Int, oldStart: Int)?, delta: Int, textLength: Int) {
        guard !groups.isEmpty, ReportAssembler.isReport(blocks) else {
            regroupAll(textLength: textLength)
            return
        }
        let g0 = groups.lastIndex { $0.lowerBound <= lo } ?? 0
        let oldGroups = groups
        let oldReports = document.reports
        var resumeGroup: Int?
        let result = ReportAssembler.group(blocks, from: oldGroups[g0].lowerBound) { b in
            guard let tail, b >= tail.newStart else { return false }
            let ob = b - tail.newStart + tail.oldStart
            guard let og = oldGroups.firstIndex(where: { $0.lowerBound == ob }) else { return false }
            resumeGroup = og
            return true
        }
        var newGroups = Array(oldGroups[0..<g0])
        var reports = Array(oldReports[0..<g0])
        let replaced = Array(oldReports[g0...])
        for g in result.groups {
            newGroups.append(g)
            reports.append(buildReport(g, reusingTablesOf: replaced))
        }
        if let og = resumeGroup, let tail, result.stoppedAt != nil {
            let shift = tail.newStart - tail.oldStart
            for k in og..<oldGroups.count {
                newGroups.append((oldGroups[k].lowerBound + shift)..<(oldGroups[k].upperBound + shift))
                reports.append(oldReports[k].shifted(by: delta))
            }
        }
        groups = newGroups
        document = ReportDocument(reports: reports, textLength: textLength)
    }

    /// A report from its blocks, with column inference over its tables. A table whose inferred
    /// content equals that of a table of `previous` (the reports being rebuilt) keeps that table's
    /// box: checks know an unchanged table by its box (`Table.sharesContent`), and inference
    /// rebuilds every table of a report with undecided cells whichever one an edit touched.
    private func buildReport(_ indices: Range<Int>, reusingTablesOf previous: [Report] = []) -> Report {
        let boxes = indices.compactMap { blocks[$0].table }
        // Inference only concerns space-separated tables with undecided cells.
        guard boxes.contains(where: { $0.hasUndecidedCells }) else {
            return ReportAssembler.report(blocks: blocks, indices: indices, tables: boxes)
        }
        var contents = boxes.map(\.content)
        ColumnInference.apply(&contents)
        let candidates = previous.flatMap(\.tables)
        return ReportAssembler.report(blocks: blocks, indices: indices, tables: contents.map { content in
            let same = candidates.first { old in
                old.kind == content.kind && old.content.range == content.range && old.content.rows.count == content.rows.count
                    && old.content == content
            }
            return same?.box ?? TableContentBox(content)
        })
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
