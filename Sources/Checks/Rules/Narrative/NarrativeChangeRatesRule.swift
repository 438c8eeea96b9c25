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
        }
        let finals = levels.filter { $0.subject.contains("决算") }
        if finals.count == 1 { return NarrativeOperand(mention: finals[0], sentence: previous.sentence) }
        if levels.count == 1 { return NarrativeOperand(mention: levels[0], sentence: previous.sentence) }
        return nil
    }

    /// `一般公共预算财政拨款决算支出` and `一般公共预算财政拨款支出` name the same quantity.
    private static func sameQuantity(_ a: String, _ b: String) -> Bool {
        let strip = { (s: String) in s.replacing("决算", with: "").replacing("年度", with: "") }
        return strip(a) == strip(b)
    }
}
