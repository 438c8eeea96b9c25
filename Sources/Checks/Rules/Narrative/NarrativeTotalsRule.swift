import Report

extension NarrativeRule {
    /// N-01: 一 收入总计 / 支出总计 = 公开01 总计.
    static let narrativeTotals = NarrativeRule(
        code: "N-01",
        title: LocalizedText(zh: "收入支出决算总体情况：收入总计、支出总计与公开01表一致",
                             en: "Overall income and expenditure: the grand totals match table 01"),
        formula: "一 `收入总计{A}` = 公开01 收入 总计；`支出总计{B}` = 公开01 支出 总计（`收、支总计均为` 两者）",
        tolerance: .quote,
        example: "2024年度收入总计1,835.83万元 = 公开01 总计 1835.83"
    ) { context in
        for s in context.sentences(.totals) {
            for m in s.levels {
                let subject = NarrativeSubject.normalized(m.subject)
                guard let side = NarrativeSubject.grandTotalSide(subject) else { continue }
                guard !subject.contains("财政拨款") else { continue }
                context.requireQuote(m, in: s, equals: context.operand(.incomeExpenditureSummary, .grandTotal, side: side, column: .amount),
                                     what: LocalizedText(zh: side == .income ? "收入总计" : "支出总计",
                                                         en: side == .income ? "Income grand total" : "Expenditure grand total"))
            }
        }
    }
}
