import Report

extension Rule {
    /// T01-3: 01 收入 总计 = 本年收入合计 + 使用非财政拨款结余 + 年初结转和结余.
    static let incomeExpenditureSummaryIncomeGrandTotal = Rule(
        code: "T01-3",
        title: LocalizedText(zh: "收入支出决算总表：收入总计等于本年收入合计加结余和结转",
                             en: "Table 01: the income grand total equals income plus balances used and carried over"),
        formula: "公开01 总计(31) = 本年收入合计(27) + 使用非财政拨款结余（含专用结余）(28) + 年初结转和结余(29)",
        tolerance: .sum,
        example: "1835.83 = 1835.83 + 0 + 0"
    ) { context in
        guard let t = context.table(.incomeExpenditureSummary) else { return }
        context.requireSum(t.figure(.grandTotal, side: .income, column: .amount),
                           equals: [TableIdentities.term(t, .currentYearIncomeTotal, side: .income, column: .amount),
                                    TableIdentities.term(t, .nonFiscalBalanceUsed, side: .income, column: .amount),
                                    TableIdentities.term(t, .carryoverBeginning, side: .income, column: .amount)],
                           relation: LocalizedText(zh: "本年收入合计、使用非财政拨款结余与年初结转和结余之和",
                                                   en: "income this year plus balances used plus carry-over at start"))
    }
}
