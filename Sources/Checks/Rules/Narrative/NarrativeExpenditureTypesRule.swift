import Report

extension NarrativeRule {
    /// N-04: 三 支出合计 = 公开01 本年支出合计; 基本支出, 项目支出… = 公开03 合计 of their column; 占比 = part ÷ 支出合计.
    static let narrativeExpenditureTypes = NarrativeRule(
        code: "N-04",
        title: LocalizedText(zh: "支出决算情况：支出合计、基本支出、项目支出及占比与公开01、03表一致",
                             en: "Expenditure: the total, basic and project expenditure and their shares match tables 01 and 03"),
        formula: "三 `支出合计` = 公开01 本年支出合计；`基本支出`/`项目支出`/… = 公开03 合计 栏次2/3/…（公开03 与公开05 不一致时，与公开05 一致亦可）；`占比 P%` = 部分 ÷ 支出合计",
        tolerance: .quote,
        example: "基本支出583.70万元，占比31.79%"
    ) { context in
        let columns: [(String, ColumnRole)] = [
            ("基本支出", .basic), ("项目支出", .project), ("上缴上级支出", .upperRemit), ("经营支出", .operatingExpenditure),
            ("对附属单位补助支出", .subsidiaryGrant),
        ]
        for s in context.sentences(.expenditure) {
            for m in s.levels {
                let subject = NarrativeSubject.normalized(m.subject)
                if subject.hasSuffix("支出合计") || subject == "本年支出" {
                    context.requireQuote(m, in: s, equals: context.operand(.incomeExpenditureSummary, .currentYearExpenditureTotal, side: .expenditure, column: .amount),
                                         what: LocalizedText(zh: "支出合计", en: "Expenditure total"))
                } else if let (name, column) = columns.first(where: { subject == $0.0 }) {
                    var target = context.operand(.expenditure, .total, column: column)
                    // When 03 and 05 disagree (a table error reported by ), a narrative that follows 05 is not flagged again.
                    if let t = target, let general = context.operand(.generalBudgetExpenditure, .total, column: column),
                       general.value != t.value, m.wanYuan == general.value {
                        target = general
                    }
                    context.requireQuote(m, in: s, equals: target, what: LocalizedText(zh: name, en: name))
                }
            }
            context.requirePartsAddUp(in: s, total: "支出合计", parts: columns.map(\.0))
            context.requireShares(in: s, what: LocalizedText(zh: "占支出合计的比例", en: "share of total expenditure")) { base, first in
                base.isEmpty || base == "支出合计" || base == "本年支出合计" ? first : nil
            }
        }
    }
}
