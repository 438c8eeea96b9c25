import Report

/// One report's tables, indexed for rules. Rules never look across two reports.
public struct IndexedReport: Sendable {
    /// The first table of each kind.
    public let tables: [TableKind: IndexedTable]

    public init(_ report: Report) {
        var byKind: [TableKind: IndexedTable] = [:]
        for table in report.tables where byKind[table.kind] == nil && table.kind.templateNumber != nil {
            byKind[table.kind] = IndexedTable(table)
        }
        tables = byKind
    }

    /// A report made of tables built by hand (tests, synthetic models).
    public init(tables: [IndexedTable]) {
        var byKind: [TableKind: IndexedTable] = [:]
        for table in tables where byKind[table.kind] == nil { byKind[table.kind] = table }
        self.tables = byKind
    }

    public subscript(kind: TableKind) -> IndexedTable? { tables[kind] }
}
