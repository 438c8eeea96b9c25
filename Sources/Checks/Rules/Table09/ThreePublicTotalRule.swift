import Report

extension Rule {
    /// T09-1: 09 合计 = 因公出国（境）费 + 公务用车 小计 + 公务接待费, for 预算数 and 决算数.
    static let threePublicTotal = Rule(
        code: "T09-1",
        title: LocalizedText(zh: "“三公”经费支出决算表：合计等于出国、公务用车、公务接待三项之和",
                             en: "Table 09: the total equals travel abroad plus vehicles plus reception"),
        formula: "公开09 预算数 合计(1) = (2) + 小计(3) + (6)；决算数 合计(7) = (8) + 小计(9) + (12)",
        tolerance: .sum,
        example: "决算数: 1.40 = 0 + 1.40 + 0"
    ) { context in
        guard let t = context.table(.threePublicExpenses) else { return }
        for phase in ThreePublicPhase.allCases {
            ThreePublicRows.requireSum(context, t, phase: phase, total: .total,
                                       parts: [.travelAbroad, .vehicleSubtotal, .reception],
                                       relation: LocalizedText(zh: "三项费用之和", en: "the sum of the three expenses"))
        }
    }
}

/// Reading table 09: its data row(s), by phase and item.
enum ThreePublicRows {
    static func dataRows(_ table: IndexedTable) -> [Int] {
        let labelled = TableIdentities.rows(table, role: .threePublicData)
        if !labelled.isEmpty { return labelled }
        return table.relativeRows.indices.filter { !table.relativeRows[$0].cells.isEmpty }
    }

    static func requireSum(_ context: RuleContext, _ table: IndexedTable, phase: ThreePublicPhase,
                           total: ThreePublicItem, parts: [ThreePublicItem], relation: LocalizedText) {
        guard let totalColumn = table.columnIndex(.threePublic(phase, total)) else { return }
        let partColumns = parts.compactMap { table.columnIndex(.threePublic(phase, $0)) }
        for row in dataRows(table) {
            context.requireSum(table.figure(row: row, column: totalColumn),
                               equals: partColumns.map { IdentityTerm(table.figure(row: row, column: $0)) },
                               relation: relation)
        }
    }
}
