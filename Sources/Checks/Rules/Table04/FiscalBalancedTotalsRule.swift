import Report

extension Rule {
    /// T04-7: 04 收入 总计 = 支出 总计 (合计 column); per fund, income line + 年初 sub-line = 支出 总计 of that fund's column.
    static let fiscalSummaryBalanced = Rule(
        code: "T04-7",
        title: LocalizedText(zh: "财政拨款收入支出决算总表：收入总计等于支出总计（分资金来源亦然）",
                             en: "Table 04: the income grand total equals the expenditure grand total, per fund too"),
        formula: "公开04 收入 总计(32) = 支出 总计(64) 合计栏；每项资金：收入行次k + 年初结转行次(28+k) = 支出 总计 该资金栏",
        tolerance: .copy,
        example: "1835.83 = 1835.83; 一般公共预算: 1835.83 = 1835.83 + 0"
    ) { context in
        guard let t = context.table(.fiscalAppropriationSummary) else { return }
        context.requireCopy(t.figure(.grandTotal, side: .expenditure, column: .total),
                            equals: [TableIdentities.term(t, .grandTotal, side: .income, column: .amount)],
                            relation: LocalizedText(zh: "收入总计", en: "the income grand total"))
        let funds: [(IncomeSource, FundKind, ColumnRole)] = [(.generalBudget, .generalBudget, .generalBudget),
                                                             (.governmentFund, .governmentFund, .governmentFund),
                                                             (.stateCapital, .stateCapital, .stateCapital)]
        for (source, fund, column) in funds {
            context.requireSum(t.figure(.grandTotal, side: .expenditure, column: column),
                               equals: [TableIdentities.term(t, .incomeSource(source), side: .income, column: .amount),
                                        TableIdentities.term(t, .carryoverFund(fund), side: .income, column: .amount)],
                               relation: LocalizedText(zh: "该项资金本年收入与年初结转和结余之和",
                                                       en: "this fund's income plus its carry-over at start"))
        }
    }
}
