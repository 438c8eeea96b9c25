import Report

extension Rule {
    /// T04-3: 04 收入 总计 = 本年收入合计 + 年初财政拨款结转和结余.
    static let fiscalSummaryIncomeGrandTotal = Rule(
        code: "T04-3",
        title: LocalizedText(zh: "财政拨款收入支出决算总表：收入总计等于本年收入合计加年初结转和结余",
                             en: "Table 04: the income grand total equals income this year plus carry-over at start"),
        formula: "公开04 收入 总计(32) = 本年收入合计(27) + 年初财政拨款结转和结余(28)",
        tolerance: .sum,
        example: "1835.83 = 1835.83 + 0"
    ) { context in
        guard let t = context.table(.fiscalAppropriationSummary) else { return }
        context.requireSum(t.figure(.grandTotal, side: .income, column: .amount),
                           equals: [TableIdentities.term(t, .currentYearIncomeTotal, side: .income, column: .amount),
                                    TableIdentities.term(t, .fiscalCarryoverBeginning, side: .income, column: .amount)],
                           relation: LocalizedText(zh: "本年收入合计与年初财政拨款结转和结余之和",
                                                   en: "income this year plus carry-over at start"))
    }
}
