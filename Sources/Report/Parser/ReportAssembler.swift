/// A parsed block: its extent in the current text, and its table (ranges relative to the block start).
struct ParsedBlock: Sendable {
    /// Stable identity while the block's text is unchanged (for reusing per-report work).
    var id: Int
    var range: Range<Int>
    var kind: BlockKind
    var table: TableContentBox?
    /// The narrative parsed from a narrative block, at the offsets it was parsed at.
    var narrative: NarrativeBox?
    /// How far the block moved since its narrative was parsed (applied when a report is built).
    var narrativeShift = 0

    /// The narrative at the block's current offsets.
    var currentNarrative: NarrativeBlock? {
        guard let block = narrative?.block else { return nil }
        return narrativeShift == 0 ? block : block.shifted(by: narrativeShift)
    }

    /// The same block after the text before it grew by `delta` bytes (O(1)).
    func moved(by delta: Int) -> ParsedBlock {
        guard delta != 0 else { return self }
        var copy = self
        copy.range = (range.lowerBound + delta)..<(range.upperBound + delta)
        copy.narrativeShift += delta
        return copy
    }
}

/// A shared, immutable `NarrativeBlock` (copying a block list stays cheap).
final class NarrativeBox: Sendable {
    let block: NarrativeBlock
    init(_ block: NarrativeBlock) { self.block = block }
}

/// Groups blocks into reports and builds the public model.
enum ReportAssembler {
    /// Text with no table, no report title and fewer than two part headings is not a report.
    static func isReport(_ blocks: [ParsedBlock]) -> Bool {
        var parts = 0
        for b in blocks {
            switch b.kind {
            case .table: return true
            case .narrative(let part, let opens):
                if opens { return true }
                if part != nil { parts += 1; if parts >= 2 { return true } }
            }
        }
        return false
    }

    /// Groups `blocks[start...]` into reports (ranges of block indices). A new report starts
    /// at a report title, at a `第一部分` heading after tables or another `第一部分`, or at a
    /// second 收入支出决算总表. The state resets at each report start, so grouping can restart
    /// at any report start; `shouldStop(b)` is asked at each new report start `b > start`.
    static func group(_ blocks: [ParsedBlock], from start: Int, shouldStop: (Int) -> Bool) -> (groups: [Range<Int>], stoppedAt: Int?) {
        var groups: [Range<Int>] = []
        var groupStart = start
        var hasTitle = false, hasPartOne = false, hasTables = false, hasSummary = false
        var i = start
        while i < blocks.count {
            var opens = false
            switch blocks[i].kind {
            case .narrative(let part, let opensReport):
                if opensReport {
                    opens = hasTitle || hasPartOne || hasTables
                } else if part == 1 {
                    opens = hasPartOne || hasTables
                }
            case .table(let kind):
                opens = kind == .incomeExpenditureSummary && hasSummary
            }
            if opens, i > groupStart {
                groups.append(groupStart..<i)
                if shouldStop(i) { return (groups, i) }
                groupStart = i
                hasTitle = false; hasPartOne = false; hasTables = false; hasSummary = false
            }
            switch blocks[i].kind {
            case .narrative(let part, let opensReport):
                if opensReport { hasTitle = true } else if part == 1 { hasPartOne = true }
            case .table(let kind):
                if kind == .incomeExpenditureSummary { hasSummary = true }
                hasTables = true
            }
            i += 1
        }
        if groupStart < blocks.count { groups.append(groupStart..<blocks.count) }
        return (groups, nil)
    }

    /// Builds one report from its blocks and its finalised tables (in block order).
    static func report(blocks: [ParsedBlock], indices: Range<Int>, tables: [TableContentBox]) -> Report {
        guard let first = indices.first, let last = indices.last else { return Report(range: SourceRange(start: 0, end: 0)) }
        var report = Report(range: SourceRange(start: blocks[first].range.lowerBound, end: blocks[last].range.upperBound))
        var t = 0
        for i in indices {
            let block = blocks[i]
            switch block.kind {
            case .table:
                guard t < tables.count else { continue }
                report.tables.append(Table(origin: block.range.lowerBound, box: tables[t]))
                t += 1
            case .narrative(let part, _):
                report.narrativeRegions.append(NarrativeRegion(range: SourceRange(block.range), partNumber: part))
                if let narrative = block.currentNarrative { report.appendNarrativeBlock(narrative) }
            }
        }
        for table in report.tables {
            let header = table.content.header
            if report.department == nil, let d = header.department { report.department = d.shifted(by: table.origin) }
            if report.year == nil, let y = header.year { report.year = y.shifted(by: table.origin) }
            if report.unit == nil, let u = header.unit { report.unit = u.value }
            if report.department != nil && report.year != nil && report.unit != nil { break }
        }
        return report
    }
}
