import Report

extension Rule {
    /// T04-5: per column of 04, 本年支出合计 = Σ 类 lines.
    static let fiscalSummaryExpenditureTotal = Rule(
        code: "T04-5",
        title: LocalizedText(zh: "财政拨款收入支出决算总表：各列本年支出合计等于各类支出之和",
                             en: "Table 04: in every column, expenditure this year equals the sum of the categories"),
        formula: "公开04 每列 本年支出合计(59) = Σ 一、一般公共服务支出(33) … 二十六、(58)",
        tolerance: .sum,
        example: "一般公共预算财政拨款: 1835.83 ≈ 281.91 + 175.67 + 19.96 + 1248.74 + 69.48 + 40.08 = 1835.84 (±0.035)"
    ) { context in
        guard let t = context.table(.fiscalAppropriationSummary),
              let totalRow = t.rowIndex(.currentYearExpenditureTotal, side: .expenditure) else { return }
        let lines = TableIdentities.rows(t, role: .expenditureCategory, side: .expenditure)
        for column in t.columns where column.side == .expenditure {
            context.requireSum(t.figure(row: totalRow, column: column.index),
                               equals: lines.map { IdentityTerm(t.figure(row: $0, column: column.index)) },
                               relation: LocalizedText(zh: "各类支出之和", en: "the sum of the expenditure categories"))
        }
    }
}
