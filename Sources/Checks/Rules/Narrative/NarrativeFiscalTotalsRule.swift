import Report

extension NarrativeRule {
    /// N-05: 四 财政拨款收入总计 / 支出总计 = 公开04 总计.
    static let narrativeFiscalTotals = NarrativeRule(
        code: "N-05",
        title: LocalizedText(zh: "财政拨款收支总体情况：财政拨款收入、支出总计与公开04表一致",
                             en: "Fiscal appropriations: the grand totals match table 04"),
        formula: "四 `财政拨款收入总计` = 公开04 收入 总计；`支出总计` = 公开04 支出 总计",
        tolerance: .quote,
        example: "2024年度财政拨款收入总计1,835.83万元"
    ) { context in
        for s in context.sentences(.fiscal) {
            for m in s.levels {
                let subject = NarrativeSubject.normalized(m.subject)
                guard let side = NarrativeSubject.grandTotalSide(subject) else { continue }
                let column: ColumnRole = side == .income ? .amount : .total
                context.requireQuote(m, in: s, equals: context.operand(.fiscalAppropriationSummary, .grandTotal, side: side, column: column),
                                     what: LocalizedText(zh: side == .income ? "财政拨款收入总计" : "财政拨款支出总计",
                                                         en: side == .income ? "Fiscal income grand total" : "Fiscal expenditure grand total"))
            }
        }
    }
}
