import Report

/// One report's tables, indexed for rules. Rules never look across two reports.
public struct IndexedReport: Sendable {
    /// The first table of each kind.
    public let tables: [TableKind: IndexedTable]

    /// The parsed tables indexed (empty for reports built by hand): what `init(_:reusing:)` compares.
    private let sources: [TableKind: Table]

    public init(_ report: Report) {
        self.init(report, reusing: nil)
    }

    /// Indexes the report's tables; a table `previous` indexed from the same parsed content (the
    /// incremental parser kept it through an edit) is moved to its new place instead of indexed again.
    init(_ report: Report, reusing previous: IndexedReport?) {
        sources = Self.firstTables(of: report.tables)
        tables = sources.mapValues { table in
            if let previous, let old = previous.sources[table.kind], old.sharesContent(with: table),
               let indexed = previous.tables[table.kind] {
                return indexed.moved(to: table.origin)
            }
            return IndexedTable(table)
        }
    }

    /// The first table of each template kind: the ones rules read.
    static func firstTables(of tables: [Table]) -> [TableKind: Table] {
        var byKind: [TableKind: Table] = [:]
        for table in tables where byKind[table.kind] == nil && table.kind.templateNumber != nil { byKind[table.kind] = table }
        return byKind
    }

    /// A report made of tables built by hand (tests, synthetic models).
    public init(tables: [IndexedTable]) {
        var byKind: [TableKind: IndexedTable] = [:]
        for table in tables where byKind[table.kind] == nil { byKind[table.kind] = table }
        self.tables = byKind
        sources = [:]
    }

    public subscript(kind: TableKind) -> IndexedTable? { tables[kind] }
}
