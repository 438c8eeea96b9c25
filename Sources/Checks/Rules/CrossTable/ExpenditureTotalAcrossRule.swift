import Report

extension Rule {
    /// 01 本年支出合计 = 03 合计 本年支出合计.
    static let expenditureTotalAcrossTables = Rule(
        code: "X-04",
        title: LocalizedText(zh: "公开01表本年支出合计与公开03表合计一致", en: "Expenditure total: table 01 equals table 03"),
        formula: "公开01 本年支出合计(58) = 公开03 合计 本年支出合计(1)",
        tolerance: .copy,
        example: "1835.83 = 1835.83"
    ) { context in
        guard let summary = context.table(.incomeExpenditureSummary), let spending = context.table(.expenditure) else { return }
        context.requireCopy(spending.figure(.total, column: .total),
                            equals: [TableIdentities.term(summary, .currentYearExpenditureTotal, side: .expenditure, column: .amount)])
    }
}
