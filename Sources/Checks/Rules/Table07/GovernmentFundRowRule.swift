import Report

extension Rule {
    /// T07-1: per row of 07, 本年支出 小计 = 基本支出 + 项目支出.
    static let governmentFundRowAddsUp = Rule(
        code: "T07-1",
        title: LocalizedText(zh: "政府性基金预算财政拨款收入支出决算表：每行本年支出小计等于基本支出加项目支出",
                             en: "Table 07: each row's expenditure subtotal equals basic plus project expenditure"),
        formula: "公开07 每行 本年支出 小计(3) = 基本支出(4) + 项目支出(5)",
        tolerance: .sum,
        example: "229: 1500.00 = 0 + 1500.00"
    ) { context in
        guard let t = context.table(.governmentFund) else { return }
        TableIdentities.rowsAddUpAcross(context, t, total: .expenditureTotal, parts: [.basic, .project])
    }
}
