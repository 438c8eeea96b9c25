import Report

extension Rule {
    /// T01-2: 01 本年支出合计 = Σ 支出 类 lines.
    static let incomeExpenditureSummaryExpenditureTotal = Rule(
        code: "T01-2",
        title: LocalizedText(zh: "收入支出决算总表：本年支出合计等于各类支出之和",
                             en: "Table 01: expenditure this year equals the sum of the expenditure categories"),
        formula: "公开01 本年支出合计(58) = 一、一般公共服务支出(32) + … + 二十六、抗疫特别国债安排的支出(57)",
        tolerance: .sum,
        example: "1835.83 ≈ 281.91 + 175.67 + 19.96 + 1248.74 + 69.48 + 40.08 = 1835.84 (±0.035)"
    ) { context in
        guard let t = context.table(.incomeExpenditureSummary), let c = t.columnIndex(.amount, side: .expenditure) else { return }
        let lines = TableIdentities.rows(t, role: .expenditureCategory, side: .expenditure)
        context.requireSum(t.figure(.currentYearExpenditureTotal, side: .expenditure, column: .amount),
                           equals: lines.map { IdentityTerm(t.figure(row: $0, column: c)) },
                           relation: LocalizedText(zh: "各类支出之和", en: "the sum of the expenditure categories"))
    }
}
