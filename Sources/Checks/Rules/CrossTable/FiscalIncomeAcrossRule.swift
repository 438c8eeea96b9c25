import Report

extension Rule {
    /// 01 行次1 + 2 + 3 = 02 合计 财政拨款收入.
    static let fiscalIncomeAcrossTables = Rule(
        code: "X-02",
        title: LocalizedText(zh: "公开01表三项财政拨款收入之和与公开02表财政拨款收入一致",
                             en: "Fiscal income: table 01 lines 1–3 equal table 02's fiscal appropriation"),
        formula: "公开01 行次1 + 行次2 + 行次3 = 公开02 合计 财政拨款收入(2)",
        tolerance: .copy,
        example: "44278.54 = 42778.54 + 1500.00 + 0"
    ) { context in
        guard let summary = context.table(.incomeExpenditureSummary), let income = context.table(.income) else { return }
        let funds: [IncomeSource] = [.generalBudget, .governmentFund, .stateCapital]
        context.requireCopy(income.figure(.total, column: .fiscalAppropriation),
                            equals: funds.map { TableIdentities.term(summary, .incomeSource($0), side: .income, column: .amount) },
                            relation: LocalizedText(zh: "公开01表三项财政拨款收入之和", en: "the three fiscal income lines of table 01"))
    }
}
