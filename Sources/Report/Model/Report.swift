/// One department's report (a volume holds several): its header facts, its tables
/// and the regions of non-table text the narrative parser reads.
public struct Report: Sendable, Hashable {
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

    public init(range: SourceRange, department: HeaderField<String>? = nil, year: HeaderField<Int>? = nil,
                unit: AmountUnit? = nil, tables: [Table] = [], narrativeRegions: [NarrativeRegion] = []) {
        self.range = range
        self.department = department
        self.year = year
        self.unit = unit
        self.tables = tables
        self.narrativeRegions = narrativeRegions
    }

    /// The first table of `kind`.
    public func table(_ kind: TableKind) -> Table? { tables.first { $0.kind == kind } }

    /// All tables of `kind` (performance tables repeat).
    public func tables(_ kind: TableKind) -> [Table] { tables.filter { $0.kind == kind } }

    /// Parse notes of every table.
    public var notes: [ParseNote] { tables.flatMap(\.notes) }
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
