import Report

extension Rule {
    /// T01-4: 01 支出 总计 = 本年支出合计 + 结余分配 + 年末结转和结余.
    static let incomeExpenditureSummaryExpenditureGrandTotal = Rule(
        code: "T01-4",
        title: LocalizedText(zh: "收入支出决算总表：支出总计等于本年支出合计加结余分配和年末结转",
                             en: "Table 01: the expenditure grand total equals expenditure plus distribution and carry-over"),
        formula: "公开01 总计(62) = 本年支出合计(58) + 结余分配(59) + 年末结转和结余(60)",
        tolerance: .sum,
        example: "1835.83 = 1835.83 + 0 + 0"
    ) { context in
        guard let t = context.table(.incomeExpenditureSummary) else { return }
        context.requireSum(t.figure(.grandTotal, side: .expenditure, column: .amount),
                           equals: [TableIdentities.term(t, .currentYearExpenditureTotal, side: .expenditure, column: .amount),
                                    TableIdentities.term(t, .balanceDistribution, side: .expenditure, column: .amount),
                                    TableIdentities.term(t, .carryoverEnd, side: .expenditure, column: .amount)],
                           relation: LocalizedText(zh: "本年支出合计、结余分配与年末结转和结余之和",
                                                   en: "expenditure this year plus distribution plus carry-over at end"))
    }
}
