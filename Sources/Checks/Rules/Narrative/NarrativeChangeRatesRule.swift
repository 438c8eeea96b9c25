import Report

extension NarrativeRule {
    /// N-02: `较上年…增加/减少 Δ，增长/下降 P%` ⇒ prior = current ∓ Δ and P = Δ / prior; no P when the prior is 0.
    static let narrativeChangeRates = NarrativeRule(
        code: "N-02",
        title: LocalizedText(zh: "增减变动率与增减额、本年数相符",
                             en: "A change rate matches the change and the current amount"),
        formula: "增加 Δ → 上年 = 本年 − Δ；减少 Δ → 上年 = 本年 + Δ；P = Δ ÷ 上年；上年为 0 时不应给出 P",
        tolerance: .ratio,
        example: "收入总计1,835.83万元，减少1,910.36万元，下降50.99% (1910.36 ÷ 3746.19 = 50.99%)"
    ) { context in
        let facts = context.facts.sentences
        for (k, s) in facts.enumerated() where s.part == 3 || s.part == nil {
            requireBalancedChanges(context, s)
            for (i, p) in s.mentions.enumerated() where p.percentage != nil && !p.isShare && NarrativeSubject.isChange(p) {
                // The change amount: the nearest amount before P in the sentence, itself a change.
                guard let deltaIndex = s.mentions[..<i].lastIndex(where: { $0.wanYuan != nil }),
                      NarrativeSubject.isChange(s.mentions[deltaIndex]), let direction = s.mentions[deltaIndex].direction,
                      p.clauseIndex - s.mentions[deltaIndex].clauseIndex <= 1 else { continue }
                let deltaMention = s.mentions[deltaIndex]
                guard let delta = NarrativeOperand(mention: deltaMention, sentence: s.sentence),
                      let current = currentAmount(for: deltaMention, at: deltaIndex, in: s, previous: k > 0 ? facts[k - 1] : nil) else { continue }
                var prior = current
                prior.value = direction == .increase ? current.value - delta.value : current.value + delta.value
                prior.radius = current.radius + delta.radius
                prior.range = current.range
                prior.label = LocalizedText(zh: "上年数（\(current.label.zh) \(direction == .increase ? "−" : "+") \(delta.label.zh)）",
                                            en: "prior year (\(current.label.en) \(direction == .increase ? "−" : "+") \(delta.label.en))")
                if prior.value.isZero, direction == .increase {
                    context.report(range: p.range, message: LocalizedText(
                        zh: "上年数为 0（本年数等于增加额 \(delta.label.zh)），不应给出增长率",
                        en: "the prior year is 0 (the current amount equals the increase \(delta.label.en)); no growth rate can be given"))
                    continue
                }
                if prior.value.isNegative, direction == .increase {
                    context.report(range: deltaMention.range, message: LocalizedText(
                        zh: "增加额 \(delta.label.zh) 大于本年数 \(current.label.zh)，上年数不可能为负",
                        en: "the increase \(delta.label.en) exceeds the current amount \(current.label.en); the prior year cannot be negative"),
                        related: current.range.map { [RelatedLocation(range: $0, message: LocalizedText(zh: "本年数：\(current.label.zh)", en: "current: \(current.label.en)"))] } ?? [])
                    continue
                }
                guard prior.value > .zero else { continue }
                context.requireRatio(p, in: s, numerator: delta, denominator: prior,
                                     what: LocalizedText(zh: "增减变动率", en: "Change rate"))
            }
        }
    }

    /// The current-year amount a change refers to: the nearest level amount before it in the sentence, else the
    /// level amount of the previous sentence (same section) with the same subject, or its 决算 amount, or its only one.
    private static func currentAmount(for delta: NumericMention, at index: Int, in s: NarrativeFactSentence,
                                      previous: NarrativeFactSentence?) -> NarrativeOperand? {
        if let m = s.levelBefore(index) { return NarrativeOperand(mention: m, sentence: s.sentence) }
        guard let previous, previous.sectionStart == s.sectionStart else { return nil }
        let levels = previous.levels
        let subject = NarrativeSubject.normalized(delta.subject)
        if !subject.isEmpty {
            if let same = levels.first(where: { NarrativeSubject.normalized($0.subject) == subject }) {
                return NarrativeOperand(mention: same, sentence: previous.sentence)
            }
            let similar = levels.filter { sameQuantity(NarrativeSubject.normalized($0.subject), subject) }
            if similar.count == 1 { return NarrativeOperand(mention: similar[0], sentence: previous.sentence) }
            // `支出总计` (after `财政拨款收入总计…，`) for `财政拨款支出总计`: one name ends the other, 总计 aside.
            let key = quantityKey(subject)
            let suffixed = levels.filter {
                let other = quantityKey(NarrativeSubject.normalized($0.subject))
                return !other.isEmpty && !key.isEmpty && (other.hasSuffix(key) || key.hasSuffix(other))
            }
            if suffixed.count == 1 { return NarrativeOperand(mention: suffixed[0], sentence: previous.sentence) }
        }
        let finals = levels.filter { $0.subject.contains("决算") }
        if finals.count == 1 { return NarrativeOperand(mention: finals[0], sentence: previous.sentence) }
        if levels.count == 1 { return NarrativeOperand(mention: levels[0], sentence: previous.sentence) }
        return nil
    }

    /// The subject without `总计`, `合计`, `决算`, `年度`.
    private static func quantityKey(_ s: String) -> String {
        var t = s
        for word in ["总计", "合计", "决算", "年度"] { t = t.replacing(word, with: "") }
        return t
    }

    /// `一般公共预算财政拨款决算支出` and `一般公共预算财政拨款支出` name the same quantity.
    private static func sameQuantity(_ a: String, _ b: String) -> Bool {
        let strip = { (s: String) in s.replacing("决算", with: "").replacing("年度", with: "") }
        return strip(a) == strip(b)
    }

    /// `收入总计减少Δ1…，支出总计减少Δ2…`: income and expenditure totals balance every year, so Δ1 = Δ2.
    private static func requireBalancedChanges(_ context: NarrativeRuleContext, _ s: NarrativeFactSentence) {
        let changes = s.mentions.filter { $0.wanYuan != nil && NarrativeSubject.isChange($0) }
        guard let income = changes.first(where: { NarrativeSubject.normalized($0.subject).hasSuffix("收入总计") }),
              let spending = changes.first(where: { NarrativeSubject.normalized($0.subject).hasSuffix("支出总计") }),
              income.range.start < spending.range.start else { return }
        let a = NarrativeSubject.normalized(income.subject).dropLast(4), b = NarrativeSubject.normalized(spending.subject).dropLast(4)
        guard a == b || b.isEmpty, let incomeDelta = NarrativeOperand(mention: income, sentence: s.sentence) else { return }
        var expected = incomeDelta
        if income.direction != spending.direction { expected.value = -expected.value }
        context.requireQuote(spending, in: s, equals: expected,
                             what: LocalizedText(zh: "支出总计增减额（收支总计每年相等，应与收入总计增减额相同）",
                                                 en: "The change of total expenditure (equal to that of total income, as the totals balance every year)"))
    }
}
