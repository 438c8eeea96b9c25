import Report

extension Rule {
    /// T04-4: per 支出 row of 04, 合计 = 一般公共预算 + 政府性基金 + 国有资本经营.
    static let fiscalSummaryExpenditureRowAddsUp = Rule(
        code: "T04-4",
        title: LocalizedText(zh: "财政拨款收入支出决算总表：每行支出合计等于三项财政拨款之和",
                             en: "Table 04: each expenditure line's total equals the sum of its three funds"),
        formula: "公开04 每个支出行 合计(2) = 一般公共预算财政拨款(3) + 政府性基金预算财政拨款(4) + 国有资本经营预算财政拨款(5)",
        tolerance: .sum,
        example: "二十三、其他支出: 1520.00 = 20.00 + 1500.00 + 0"
    ) { context in
        guard let t = context.table(.fiscalAppropriationSummary) else { return }
        TableIdentities.rowsAddUpAcross(context, t, total: .total, parts: [.generalBudget, .governmentFund, .stateCapital],
                                        side: .expenditure)
    }
}
