/// One department's report (a volume holds several): its header facts, its tables,
/// its regions of non-table text and their parsed narrative.
public struct Report: Sendable, Equatable {
    /// From the first block of the report to the last.
    public var range: SourceRange
    /// The department, from the first table header that names it.
    public var department: HeaderField<String>?
    /// The year, from the first table header that states it.
    public var year: HeaderField<Int>?
    /// The unit of the tables (万元 unless a table header says otherwise).
    public var unit: AmountUnit?
    /// The tables, in document order.
    public var tables: [Table]
    /// Non-table text (title, TOC, 第一部分, 第三部分 …), in document order.
    public var narrativeRegions: [NarrativeRegion]
    /// The parsed narrative of each region (same order; `NarrativeParser.parseBlock`).
    public var narrativeBlocks: [NarrativeBlock] {
        narrativeShift == 0 ? storedNarrativeBlocks : storedNarrativeBlocks.map { $0.shifted(by: narrativeShift) }
    }
    /// `narrativeBlocks` before `narrativeShift` is applied (moving a report is O(1) for its narrative).
    private var storedNarrativeBlocks: [NarrativeBlock] = []
    private var narrativeShift = 0

    /// Parts, sections, sentences and numeric mentions of the report's narrative
    /// (assembled from `narrativeBlocks` on each access: keep the result).
    public var narrative: Narrative { Narrative(blocks: narrativeBlocks) }

    public init(range: SourceRange, department: HeaderField<String>? = nil, year: HeaderField<Int>? = nil,
                unit: AmountUnit? = nil, tables: [Table] = [], narrativeRegions: [NarrativeRegion] = []) {
        self.range = range
        self.department = department
        self.year = year
        self.unit = unit
        self.tables = tables
        self.narrativeRegions = narrativeRegions
    }

    mutating func appendNarrativeBlock(_ block: NarrativeBlock) {
        storedNarrativeBlocks.append(narrativeShift == 0 ? block : block.shifted(by: -narrativeShift))
    }

    public static func == (lhs: Report, rhs: Report) -> Bool {
        lhs.range == rhs.range && lhs.department == rhs.department && lhs.year == rhs.year && lhs.unit == rhs.unit
            && lhs.tables == rhs.tables && lhs.narrativeRegions == rhs.narrativeRegions
            && (lhs.narrativeShift == rhs.narrativeShift ? lhs.storedNarrativeBlocks == rhs.storedNarrativeBlocks
                                                         : lhs.narrativeBlocks == rhs.narrativeBlocks)
    }

    /// The first table of `kind`.
    public func table(_ kind: TableKind) -> Table? { tables.first { $0.kind == kind } }

    /// All tables of `kind` (performance tables repeat).
    public func tables(_ kind: TableKind) -> [Table] { tables.filter { $0.kind == kind } }

    /// Parse notes of every table.
    public var notes: [ParseNote] { tables.flatMap(\.notes) }

    /// The same report after the text before it grew by `delta` bytes.
    func shifted(by delta: Int) -> Report {
        guard delta != 0 else { return self }
        var copy = self
        copy.range = range.shifted(by: delta)
        copy.department = department?.shifted(by: delta)
        copy.year = year?.shifted(by: delta)
        copy.tables = tables.map { $0.moved(to: $0.origin + delta) }
        copy.narrativeRegions = narrativeRegions.map { NarrativeRegion(range: $0.range.shifted(by: delta), partNumber: $0.partNumber) }
        copy.narrativeShift += delta
        return copy
    }
}

/// A run of non-table text. Regions start at a part heading (第一部分 …), at a report
/// title, or after a table, and end before the next table or heading.
public struct NarrativeRegion: Sendable, Hashable {
    public var range: SourceRange
    /// The 第N部分 number when the region starts with a part heading.
    public var partNumber: Int?

    public init(range: SourceRange, partNumber: Int? = nil) {
        self.range = range
        self.partNumber = partNumber
    }
}
