import Report

/// Identities shared by several tables: a row adding up across its columns, and a column
/// adding up down the 类/款/项 tree.
enum TableIdentities {
    static let partColumns = LocalizedText(zh: "各分项列之和", en: "the sum of its part columns")
    static let subItems = LocalizedText(zh: "下级科目之和", en: "the sum of its sub-items")

    /// For every row with a figure on `side`: column `total` = Σ columns `parts`.
    static func rowsAddUpAcross(_ context: RuleContext, _ table: IndexedTable, total: ColumnRole, parts: [ColumnRole],
                                side: TableSide? = nil) {
        guard let totalColumn = table.columnIndex(total, side: side) else { return }
        let partColumns = parts.compactMap { table.columnIndex($0, side: side) }
        guard !partColumns.isEmpty else { return }
        for (i, row) in table.rows.enumerated() where side == nil || row.side == side {
            let terms = partColumns.map { IdentityTerm(table.figure(row: i, column: $0)) }
            context.requireSum(table.figure(row: i, column: totalColumn), equals: terms, relation: TableIdentities.partColumns)
        }
    }

    /// Every column that holds figures by subject code (all columns of a function-code table).
    static func amountColumns(_ table: IndexedTable) -> [Int] {
        table.columns.filter { $0.role != .unknown }.map(\.index)
    }

    /// Per column: each code row with written children = Σ its children (类 = Σ 款, 款 = Σ 项).
    static func hierarchyAddsUp(_ context: RuleContext, _ table: IndexedTable, columns: [Int]) {
        for parent in table.parentRows {
            let children = table.children(ofRow: parent)
            for column in columns {
                context.requireSum(table.figure(row: parent, column: column),
                                   equals: children.map { IdentityTerm(table.figure(row: $0, column: column)) },
                                   relation: subItems)
            }
        }
    }

    /// Per column: the 合计 row = Σ the top-level code rows (类, or 项 where the template lists only 项).
    static func totalRowAddsUp(_ context: RuleContext, _ table: IndexedTable, columns: [Int]) {
        guard let totalRow = table.rowIndex(.total), !table.topLevelCodeRows.isEmpty else { return }
        for column in columns {
            context.requireSum(table.figure(row: totalRow, column: column),
                               equals: table.topLevelCodeRows.map { IdentityTerm(table.figure(row: $0, column: column)) },
                               relation: subItems)
        }
    }

    /// The rows of `table` whose label has `role` (every side), in order.
    static func rows(_ table: IndexedTable, role: RowLabelRole, side: TableSide? = nil) -> [Int] {
        table.rows.indices.filter { table.rows[$0].labelRole == role && (side == nil || table.rows[$0].side == side) }
    }

    /// A labelled figure as a term.
    static func term(_ table: IndexedTable, _ role: RowLabelRole, side: TableSide? = nil, column: ColumnRole, sign: Int = 1) -> IdentityTerm {
        IdentityTerm(table.figure(role, side: side, column: column), sign: sign)
    }
}
