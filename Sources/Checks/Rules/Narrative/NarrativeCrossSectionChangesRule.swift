import Report

extension NarrativeRule {
    /// N-19: the change of 四 财政拨款支出总计 = the changes of 五(一) 一般公共预算 + 七 政府性基金 + 八 国有资本经营
    /// (when table 04 shows no carry-over; a section that says 无此项 counts as no change). Undecidable in general, so a Hint.
    static let narrativeCrossSectionChanges = NarrativeRule(
        code: "N-19",
        title: LocalizedText(zh: "财政拨款支出总计的增减额等于一般公共预算、政府性基金、国有资本经营三项增减额之和",
                             en: "The change of total fiscal expenditure equals the changes of its three funds"),
        formula: "四 `财政拨款支出总计增加/减少Δ` = 五(一) Δ + 七 Δ + 八 Δ（公开04 无结转和结余时）",
        tolerance: .quote,
        example: "四 减少1,910.36 = 五(一) 减少1,910.36 + 七 0 + 八 0",
        // A hint: a fund that had money only in the prior year may be missing from 七/八 (001: 77.47, U-04).
        severity: .hint
    ) { context in
        guard let t = context.table(.fiscalAppropriationSummary) else { return }
        for role in [RowLabelRole.fiscalCarryoverBeginning, .fiscalCarryoverEnd] {
            for side in [TableSide.income, .expenditure] {
                guard let c = t.columnIndex(side == .income ? .amount : .total, side: side), let r = t.rowIndex(role, side: side) else { continue }
                let f = t.figure(row: r, column: c)
                if f.isUndetermined || !f.isZeroOrEmpty { return }
            }
        }
        func change(_ topic: NarrativeTopic, _ matches: (String) -> Bool) -> (NumericMention, NarrativeFactSentence)?? {
            let sentences = context.sentences(topic)
            if sentences.isEmpty { return nil }
            for s in sentences {
                if let m = s.mentions.first(where: { $0.wanYuan != nil && NarrativeSubject.isChange($0) && matches(NarrativeSubject.normalized($0.subject)) }) {
                    return .some((m, s))
                }
            }
            // `本年度无此项收支`: no change.
            return sentences.contains { $0.sentence.text.contains("无此项") } ? .some(nil) : nil
        }
        guard case let fiscal?? = change(.fiscal, { $0.hasSuffix("支出总计") }),
              case let general?? = change(.generalBudget, NarrativeSubject.isGeneralBudgetTotal),
              case let fund? = change(.governmentFund, { $0.contains("支出") }),
              case let capital? = change(.stateCapital, { $0.contains("支出") }) else { return }
        func signed(_ p: (NumericMention, NarrativeFactSentence)?) -> NarrativeOperand? {
            guard let (m, s) = p, var o = NarrativeOperand(mention: m, sentence: s.sentence) else {
                return NarrativeOperand(value: .zero, radius: .zero, range: nil, label: LocalizedText(zh: "0", en: "0"))
            }
            if m.direction == .decrease { o.value = -o.value }
            return o
        }
        guard let expected = context.sum([signed(fiscal), signed(fund).map(negated), signed(capital).map(negated)],
                                         label: LocalizedText(zh: "四 财政拨款支出总计增减额 − 七 − 八", en: "section 四's change less 七 and 八")) else { return }
        // Compare signed values: requireQuote compares magnitudes written in the text, so flip the target's sign to match.
        var target = expected
        if general.0.direction == .decrease { target.value = -target.value }
        target.addends = 2
        context.requireQuote(general.0, in: general.1, equals: target,
                             what: LocalizedText(zh: "一般公共预算财政拨款支出增减额", en: "The change of general-budget expenditure"))
    }

    private static func negated(_ o: NarrativeOperand) -> NarrativeOperand {
        var o = o
        o.value = -o.value
        return o
    }
}
