import Report

extension Rule {
    /// T05-1: per row of 05, 小计 = 基本支出 + 项目支出.
    static let generalBudgetRowAddsUp = Rule(
        code: "T05-1",
        title: LocalizedText(zh: "一般公共预算财政拨款支出决算表：每行小计等于基本支出加项目支出",
                             en: "Table 05: each row's subtotal equals basic plus project expenditure"),
        formula: "公开05 每行 小计(1) = 基本支出(2) + 项目支出(3)",
        tolerance: .sum,
        example: "201: 281.91 = 251.86 + 30.05"
    ) { context in
        guard let t = context.table(.generalBudgetExpenditure) else { return }
        TableIdentities.rowsAddUpAcross(context, t, total: .total, parts: [.basic, .project])
    }
}
