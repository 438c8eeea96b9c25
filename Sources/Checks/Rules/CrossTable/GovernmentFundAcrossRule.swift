import Report

extension Rule {
    /// 04 政府性基金预算财政拨款 = 07: per 类 and total (本年支出 小计), income line 2 = 07 本年收入,
    /// 年初/年末 fund lines = 07 年初/年末结转和结余.
    static let governmentFundAcrossTables = Rule(
        code: "X-11",
        title: LocalizedText(zh: "公开04表政府性基金预算财政拨款与公开07表一致",
                             en: "Government fund: table 04 equals table 07"),
        formula: "公开04 政府性基金预算财政拨款(4) 各类及本年支出合计 = 公开07 本年支出 小计；公开04 收入行次2 = 公开07 合计 本年收入；年初(30)/年末结转 = 公开07 合计 年初/年末结转和结余",
        tolerance: .copy,
        example: "700.00 = 700.00"
    ) { context in
        guard let fiscal = context.table(.fiscalAppropriationSummary), let fund = context.table(.governmentFund) else { return }
        FundColumnAcross.require(context, fiscal: fiscal, fundColumn: .governmentFund, table: fund, column: .expenditureTotal)
        context.requireCopy(fund.figure(.total, column: .currentYearIncome),
                            equals: [TableIdentities.term(fiscal, .incomeSource(.governmentFund), side: .income, column: .amount)])
        context.requireCopy(fund.figure(.total, column: .carryoverBeginning),
                            equals: [TableIdentities.term(fiscal, .carryoverFund(.governmentFund), side: .income, column: .amount)])
        context.requireCopy(fund.figure(.total, column: .carryoverEnd),
                            equals: [TableIdentities.term(fiscal, .fiscalCarryoverEnd, side: .expenditure, column: .governmentFund)])
    }
}
