import Report

extension NarrativeRule {
    /// N-03: 二 收入合计 = 公开01 本年收入合计; each source = 公开02 合计 of its column; 占比 = source ÷ 收入合计.
    static let narrativeIncomeSources = NarrativeRule(
        code: "N-03",
        title: LocalizedText(zh: "收入决算情况：收入合计、各项收入及占比与公开01、02表一致",
                             en: "Income: the total, each source and its share match tables 01 and 02"),
        formula: "二 `收入合计` = 公开01 本年收入合计；`财政拨款收入`…`其他收入` = 公开02 合计 栏次2…7；`占比 P%` = 来源 ÷ 收入合计",
        tolerance: .quote,
        example: "财政拨款收入1,835.83万元，占比100.00%"
    ) { context in
        let columns: [(String, ColumnRole)] = [
            ("财政拨款收入", .fiscalAppropriation), ("上级补助收入", .superiorSubsidy), ("事业收入", .business),
            ("经营收入", .operating), ("附属单位上缴收入", .subordinateRemit), ("其他收入", .otherIncome),
        ]
        for s in context.sentences(.income) {
            for m in s.levels {
                let subject = NarrativeSubject.normalized(m.subject)
                if subject.hasSuffix("收入合计") || subject == "本年收入" {
                    context.requireQuote(m, in: s, equals: context.operand(.incomeExpenditureSummary, .currentYearIncomeTotal, side: .income, column: .amount),
                                         what: LocalizedText(zh: "收入合计", en: "Income total"))
                } else if let (name, column) = columns.first(where: { subject == $0.0 }) {
                    context.requireQuote(m, in: s, equals: context.operand(.income, .total, column: column),
                                         what: LocalizedText(zh: name, en: name))
                }
            }
            context.requirePartsAddUp(in: s, total: "收入合计", parts: columns.map(\.0))
            context.requireShares(in: s, what: LocalizedText(zh: "占收入合计的比例", en: "share of total income")) { base, first in
                base.isEmpty || base == "收入合计" || base == "本年收入合计" ? first : nil
            }
        }
    }
}
