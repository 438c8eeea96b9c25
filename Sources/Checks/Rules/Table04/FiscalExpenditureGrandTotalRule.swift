import Report

extension Rule {
    /// T04-6: per column of 04, 支出 总计 = 本年支出合计 + 年末财政拨款结转和结余.
    static let fiscalSummaryExpenditureGrandTotal = Rule(
        code: "T04-6",
        title: LocalizedText(zh: "财政拨款收入支出决算总表：各列支出总计等于本年支出合计加年末结转和结余",
                             en: "Table 04: in every column, the expenditure grand total equals expenditure plus carry-over at end"),
        formula: "公开04 每列 总计(64) = 本年支出合计(59) + 年末财政拨款结转和结余(60)",
        tolerance: .sum,
        example: "1835.83 = 1835.83 + 0"
    ) { context in
        guard let t = context.table(.fiscalAppropriationSummary),
              let grand = t.rowIndex(.grandTotal, side: .expenditure) else { return }
        let spent = t.rowIndex(.currentYearExpenditureTotal, side: .expenditure)
        let end = t.rowIndex(.fiscalCarryoverEnd, side: .expenditure)
        for column in t.columns where column.side == .expenditure {
            let terms = [spent, end].compactMap { $0 }.map { IdentityTerm(t.figure(row: $0, column: column.index)) }
            context.requireSum(t.figure(row: grand, column: column.index), equals: terms,
                               relation: LocalizedText(zh: "本年支出合计与年末财政拨款结转和结余之和",
                                                       en: "expenditure this year plus carry-over at end"))
        }
    }
}
