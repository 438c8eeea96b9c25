/// A parsed block: its extent in the current text, and its table (ranges relative to the block start).
struct ParsedBlock: Sendable {
    /// Stable identity while the block's text is unchanged (for reusing per-report work).
    var id: Int
    var range: Range<Int>
    var kind: BlockKind
    var table: TableContent?
}

/// Groups blocks into reports and builds the public model.
enum ReportAssembler {
    /// Indices of the blocks of each report. A new report starts at a report title, at a
    /// `第一部分` heading after tables or another `第一部分`, or at a second 收入支出决算总表.
    /// Text with no table, no report title and fewer than two part headings is not a report.
    static func group(_ blocks: [ParsedBlock]) -> [[Int]] {
        var tables = 0, titles = 0, parts = 0
        for b in blocks {
            switch b.kind {
            case .table: tables += 1
            case .narrative(let part, let opens):
                if opens { titles += 1 }
                if part != nil { parts += 1 }
            }
        }
        guard tables > 0 || titles > 0 || parts >= 2 else { return [] }
        var groups: [[Int]] = []
        var current: [Int] = []
        var hasTitle = false, hasPartOne = false, hasTables = false, hasSummary = false
        func startNew() {
            if !current.isEmpty { groups.append(current) }
            current = []
            hasTitle = false; hasPartOne = false; hasTables = false; hasSummary = false
        }
        for (i, b) in blocks.enumerated() {
            switch b.kind {
            case .narrative(let part, let opens):
                if opens {
                    if hasTitle || hasPartOne || hasTables { startNew() }
                    hasTitle = true
                } else if part == 1 {
                    if hasPartOne || hasTables { startNew() }
                    hasPartOne = true
                }
            case .table(let kind):
                if kind == .incomeExpenditureSummary {
                    if hasSummary { startNew() }
                    hasSummary = true
                }
                hasTables = true
            }
            current.append(i)
        }
        if !current.isEmpty { groups.append(current) }
        return groups
    }

    /// Builds one report from its blocks and its finalised tables (in block order).
    static func report(blocks: [ParsedBlock], indices: [Int], tables: [TableContent]) -> Report {
        guard let first = indices.first, let last = indices.last else { return Report(range: SourceRange(start: 0, end: 0)) }
        var report = Report(range: SourceRange(start: blocks[first].range.lowerBound, end: blocks[last].range.upperBound))
        var t = 0
        for i in indices {
            let block = blocks[i]
            switch block.kind {
            case .table:
                guard t < tables.count else { continue }
                report.tables.append(Table(origin: block.range.lowerBound, content: tables[t]))
                t += 1
            case .narrative(let part, _):
                report.narrativeRegions.append(NarrativeRegion(range: SourceRange(block.range), partNumber: part))
            }
        }
        for table in report.tables {
            let header = table.header
            if report.department == nil, let d = header.department { report.department = d }
            if report.year == nil, let y = header.year { report.year = y }
            if report.unit == nil, let u = header.unit { report.unit = u.value }
        }
        return report
    }
}
