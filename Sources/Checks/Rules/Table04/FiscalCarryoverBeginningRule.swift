import Report

extension Rule {
    /// T04-2: 04 年初财政拨款结转和结余 = Σ its three fund sub-lines.
    static let fiscalSummaryCarryoverBeginning = Rule(
        code: "T04-2",
        title: LocalizedText(zh: "财政拨款收入支出决算总表：年初财政拨款结转和结余等于三项之和",
                             en: "Table 04: the fiscal carry-over at start equals the sum of its three funds"),
        formula: "公开04 年初财政拨款结转和结余(28) = 一般公共预算财政拨款(29) + 政府性基金预算财政拨款(30) + 国有资本经营预算财政拨款(31)",
        tolerance: .sum,
        example: "12.00 = 12.00 + 0 + 0"
    ) { context in
        guard let t = context.table(.fiscalAppropriationSummary) else { return }
        let funds: [FundKind] = [.generalBudget, .governmentFund, .stateCapital]
        context.requireSum(t.figure(.fiscalCarryoverBeginning, side: .income, column: .amount),
                           equals: funds.map { TableIdentities.term(t, .carryoverFund($0), side: .income, column: .amount) },
                           relation: LocalizedText(zh: "三项财政拨款结转和结余之和", en: "the sum of the three funds' carry-over"))
    }
}
