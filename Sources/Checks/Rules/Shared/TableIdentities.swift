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
        let partSet = Set(partColumns)
        for i in table.rows.indices where side == nil || table.rowSides[i] == side {
            var terms = partColumns.map { IdentityTerm(table.figure(row: i, column: $0)) }
            if terms.contains(where: { $0.figure.isUndetermined }) {
                // Cells whose column is undecided among the part columns only still add up to the row.
                let row = table.relativeRows[i]
                let ambiguous = row.cells.indices.filter { row.cells[$0].isAmbiguous }
                let withinParts = ambiguous.allSatisfy { c in
                    if case .ambiguous(let candidates) = row.cells[c].assignment { return Set(candidates).isSubset(of: partSet) }
                    return false
                }
                guard withinParts else { continue }
                terms = terms.filter { !$0.figure.isUndetermined }
                    + ambiguous.map { IdentityTerm(table.figure(undecidedCell: $0, row: i)) }
            }
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
            ambiguousCellsFit(context, table, row: parent, addends: children)
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
        ambiguousCellsFit(context, table, row: totalRow, addends: table.topLevelCodeRows)
        for column in columns {
            context.requireSum(table.figure(row: totalRow, column: column),
                               equals: table.topLevelCodeRows.map { IdentityTerm(table.figure(row: $0, column: column)) },
                               relation: subItems)
        }
    }

    /// A cell of row `rowIndex` whose column is undecided (space-separated text) must fit some candidate
    /// column: its figure ≈ that column's sum over `addends`, and every other undecided candidate column
    /// then empty, ≈ its sum. When no candidate fits, the row cannot be right whatever the column (spec
    /// §1.3: 003's 03 合计 `395.87 395.87`, M-05).
    static func ambiguousCellsFit(_ context: RuleContext, _ table: IndexedTable, row rowIndex: Int, addends: [Int]) {
        let row = table.rows[rowIndex]
        let ambiguous = row.cells.filter(\.isAmbiguous)
        guard ambiguous.count == 1, let cell = ambiguous.first, let value = cell.amount,
              case .ambiguous(let candidates) = cell.assignment, !candidates.isEmpty else { return }
        var sums: [Int: (sum: Amount, tolerance: Amount)] = [:]
        for k in candidates {
            var sum = Amount.zero
            var tolerance = Amount.zero
            for a in addends {
                let f = table.figure(row: a, column: k)
                if f.isUndetermined { return }
                sum += f.value
                tolerance += Rounding.radius(of: f)
            }
            sums[k] = (sum, tolerance)
        }
        let radius = Rounding.radius(of: value, precisionFloor: 2)
        let fits = candidates.contains { k in
            guard let own = sums[k], (value - own.sum).magnitude <= own.tolerance + radius else { return false }
            return candidates.allSatisfy { j in
                guard j != k, let other = sums[j] else { return true }
                return other.sum.magnitude <= other.tolerance
            }
        }
        guard !fits else { return }
        let rowLabel = RowLabels.label(of: row)
        let options = candidates.compactMap { k -> (LocalizedText, Amount)? in
            guard let s = sums[k], let column = table.columns.first(where: { $0.index == k }) else { return nil }
            return (ColumnLabels.label(of: column), s.sum)
        }
        let zh = options.map { "\($0.0.zh) \($0.1)" }.joined(separator: "、")
        let en = options.map { "\($0.0.en) \($0.1)" }.joined(separator: ", ")
        context.report(range: cell.range, message: LocalizedText(
            zh: "\(rowLabel.zh)中的 \(value) 列归属不确定，且不等于任何一列的下级科目之和（\(zh)）",
            en: "\(rowLabel.en): the column of \(value) is undecided, and it matches no column's sum of sub-items (\(en))"))
    }

    /// The rows of `table` whose label has `role` (every side), in order.
    static func rows(_ table: IndexedTable, role: RowLabelRole, side: TableSide? = nil) -> [Int] {
        table.rows(role: role, side: side)
    }

    /// A labelled figure as a term.
    static func term(_ table: IndexedTable, _ role: RowLabelRole, side: TableSide? = nil, column: ColumnRole, sign: Int = 1) -> IdentityTerm {
        IdentityTerm(table.figure(role, side: side, column: column), sign: sign)
    }
}
