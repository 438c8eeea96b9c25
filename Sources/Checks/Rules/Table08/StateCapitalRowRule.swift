import Report

extension Rule {
    /// T08-1: per row of 08, 合计 = 基本支出 + 项目支出.
    static let stateCapitalRowAddsUp = Rule(
        code: "T08-1",
        title: LocalizedText(zh: "国有资本经营预算财政拨款支出决算表：每行合计等于基本支出加项目支出",
                             en: "Table 08: each row's total equals basic plus project expenditure"),
        formula: "公开08 每行 合计(1) = 基本支出(2) + 项目支出(3)",
        tolerance: .sum,
        example: "223: 50.00 = 0 + 50.00"
    ) { context in
        guard let t = context.table(.stateCapital) else { return }
        TableIdentities.rowsAddUpAcross(context, t, total: .total, parts: [.basic, .project])
    }
}
