import Report

extension Rule {
    /// 04 收入 行次1/2/3 = 01 收入 行次1/2/3.
    static let fundIncomeAcrossTables = Rule(
        code: "X-07",
        title: LocalizedText(zh: "公开04表三项财政拨款收入与公开01表一致", en: "Fiscal income lines: table 04 equals table 01"),
        formula: "公开04 一、一般公共预算财政拨款(1)、二、政府性基金(2)、三、国有资本经营(3) = 公开01 行次1、2、3",
        tolerance: .copy,
        example: "4607.63 = 4607.63; 700.00 = 700.00"
    ) { context in
        guard let summary = context.table(.incomeExpenditureSummary), let fiscal = context.table(.fiscalAppropriationSummary) else { return }
        for source in [IncomeSource.generalBudget, .governmentFund, .stateCapital] {
            context.requireCopy(fiscal.figure(.incomeSource(source), side: .income, column: .amount),
                                equals: [TableIdentities.term(summary, .incomeSource(source), side: .income, column: .amount)])
        }
    }
}
