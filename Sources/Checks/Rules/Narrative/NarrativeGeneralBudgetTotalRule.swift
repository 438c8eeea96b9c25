import Report

extension NarrativeRule {
    /// N-06: 五 一般公共预算财政拨款支出 = 公开05 合计 小计; 占本年支出合计的 P% = 05 合计 ÷ 01 本年支出合计.
    static let narrativeGeneralBudgetTotal = NarrativeRule(
        code: "N-06",
        title: LocalizedText(zh: "一般公共预算财政拨款支出总额及其占本年支出合计的比例与公开05、01表一致",
                             en: "General-budget expenditure and its share of total expenditure match tables 05 and 01"),
        formula: "五 `一般公共预算财政拨款（决算）支出` = 公开05 合计 小计；`占本年支出合计的 P%` = 公开05 合计 ÷ 公开01 本年支出合计",
        tolerance: .quote,
        example: "2024年一般公共预算财政拨款决算支出1,835.83万元，占本年支出合计的100.00%"
    ) { context in
        let total = context.operand(.generalBudgetExpenditure, .total, column: .total)
        let spending = context.operand(.incomeExpenditureSummary, .currentYearExpenditureTotal, side: .expenditure, column: .amount)
        for s in context.sentences(.generalBudget) {
            for m in s.levels where NarrativeSubject.isGeneralBudgetTotal(NarrativeSubject.normalized(m.subject)) {
                context.requireQuote(m, in: s, equals: total,
                                     what: LocalizedText(zh: "一般公共预算财政拨款支出", en: "General-budget expenditure"))
            }
            context.requireShares(in: s, what: LocalizedText(zh: "占本年支出合计的比例", en: "share of total expenditure")) { base, _ in
                base == "本年支出合计" || base == "支出合计" ? spending : nil
            }
        }
    }
}

extension NarrativeSubject {
    /// `一般公共预算财政拨款支出`, `…决算支出`, `…支出决算` (not a budget, not basic spending, not a 类).
    static func isGeneralBudgetTotal(_ subject: String) -> Bool {
        guard subject.hasPrefix("一般公共预算财政拨款") || subject.hasPrefix("年一般公共预算财政拨款") else { return false }
        let rest = subject.replacing("一般公共预算财政拨款", with: "")
        return ["支出", "决算支出", "支出决算", "年支出"].contains(rest)
    }
}
