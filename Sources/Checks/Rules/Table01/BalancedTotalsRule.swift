import Report

extension Rule {
    /// T01-5: 01 收入 总计 = 支出 总计.
    static let incomeExpenditureSummaryBalanced = Rule(
        code: "T01-5",
        title: LocalizedText(zh: "收入支出决算总表：收入总计等于支出总计",
                             en: "Table 01: the income grand total equals the expenditure grand total"),
        formula: "公开01 收入 总计(31) = 支出 总计(62)",
        tolerance: .copy,
        example: "1835.83 = 1835.83"
    ) { context in
        guard let t = context.table(.incomeExpenditureSummary) else { return }
        context.requireCopy(t.figure(.grandTotal, side: .expenditure, column: .amount),
                            equals: [TableIdentities.term(t, .grandTotal, side: .income, column: .amount)],
                            relation: LocalizedText(zh: "收入总计", en: "the income grand total"))
    }
}
