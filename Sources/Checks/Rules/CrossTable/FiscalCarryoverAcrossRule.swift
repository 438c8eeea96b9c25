import Report

extension Rule {
    /// 04 年初财政拨款结转和结余 ≤ 01 年初结转和结余; 04 年末财政拨款结转和结余 ≤ 01 年末结转和结余.
    static let fiscalCarryoverAcrossTables = Rule(
        code: "X-08",
        title: LocalizedText(zh: "公开04表财政拨款结转和结余不超过公开01表结转和结余",
                             en: "Fiscal carry-over in table 04 does not exceed carry-over in table 01"),
        formula: "公开04 年初财政拨款结转和结余(28) ≤ 公开01 年初结转和结余(29)；公开04 年末财政拨款结转和结余(60) ≤ 公开01 年末结转和结余(60)",
        tolerance: .inequality,
        example: "12.00 ≤ 15.00"
    ) { context in
        guard let summary = context.table(.incomeExpenditureSummary), let fiscal = context.table(.fiscalAppropriationSummary) else { return }
        context.requireAtMost(fiscal.figure(.fiscalCarryoverBeginning, side: .income, column: .amount),
                              [TableIdentities.term(summary, .carryoverBeginning, side: .income, column: .amount)])
        context.requireAtMost(fiscal.figure(.fiscalCarryoverEnd, side: .expenditure, column: .total),
                              [TableIdentities.term(summary, .carryoverEnd, side: .expenditure, column: .amount)])
    }
}
