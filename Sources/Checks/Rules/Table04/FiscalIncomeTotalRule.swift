import Report

extension Rule {
    /// T04-1: 04 本年收入合计 = 一、+ 二、+ 三、 fund lines.
    static let fiscalSummaryIncomeTotal = Rule(
        code: "T04-1",
        title: LocalizedText(zh: "财政拨款收入支出决算总表：本年收入合计等于三项财政拨款之和",
                             en: "Table 04: income this year equals the sum of the three fiscal funds"),
        formula: "公开04 本年收入合计(27) = 一、一般公共预算财政拨款(1) + 二、政府性基金预算财政拨款(2) + 三、国有资本经营预算财政拨款(3)",
        tolerance: .sum,
        example: "5307.63 = 4607.63 + 700.00 + 0"
    ) { context in
        guard let t = context.table(.fiscalAppropriationSummary) else { return }
        let funds: [IncomeSource] = [.generalBudget, .governmentFund, .stateCapital]
        context.requireSum(t.figure(.currentYearIncomeTotal, side: .income, column: .amount),
                           equals: funds.map { TableIdentities.term(t, .incomeSource($0), side: .income, column: .amount) },
                           relation: LocalizedText(zh: "三项财政拨款收入之和", en: "the sum of the three fiscal funds"))
    }
}
