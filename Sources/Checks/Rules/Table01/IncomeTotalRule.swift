import Report

extension Rule {
    /// T01-1: 01 本年收入合计 = Σ 一、… 八、 income lines.
    static let incomeExpenditureSummaryIncomeTotal = Rule(
        code: "T01-1",
        title: LocalizedText(zh: "收入支出决算总表：本年收入合计等于各项收入之和",
                             en: "Table 01: income this year equals the sum of the income lines"),
        formula: "公开01 本年收入合计(27) = 一、一般公共预算财政拨款收入(1) + … + 八、其他收入(8)",
        tolerance: .sum,
        example: "1835.83 = 1835.83 + 0 + … + 0"
    ) { context in
        guard let t = context.table(.incomeExpenditureSummary) else { return }
        let sources: [IncomeSource] = [.generalBudget, .governmentFund, .stateCapital, .superiorSubsidy,
                                       .business, .operating, .subordinateRemit, .other]
        context.requireSum(t.figure(.currentYearIncomeTotal, side: .income, column: .amount),
                           equals: sources.map { TableIdentities.term(t, .incomeSource($0), side: .income, column: .amount) },
                           relation: LocalizedText(zh: "各项收入之和", en: "the sum of the income lines"))
    }
}
