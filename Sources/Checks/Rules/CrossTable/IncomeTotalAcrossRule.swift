import Report

extension Rule {
    /// 01 本年收入合计 = 02 合计 本年收入合计.
    static let incomeTotalAcrossTables = Rule(
        code: "X-01",
        title: LocalizedText(zh: "公开01表本年收入合计与公开02表合计一致", en: "Income total: table 01 equals table 02"),
        formula: "公开01 本年收入合计(27) = 公开02 合计 本年收入合计(1)",
        tolerance: .copy,
        example: "1835.83 = 1835.83"
    ) { context in
        guard let summary = context.table(.incomeExpenditureSummary), let income = context.table(.income) else { return }
        context.requireCopy(income.figure(.total, column: .total),
                            equals: [TableIdentities.term(summary, .currentYearIncomeTotal, side: .income, column: .amount)])
    }
}
