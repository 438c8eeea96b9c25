import Report

extension NarrativeRule {
    /// N-23: direction words against the sign of the change the sentence's own numbers give:
    /// `2023年X，2024年Y，增加Δ` needs Y > X (`减少` Y < X), beyond the rounding of both; `基本持平` with a change of
    /// more than 5% is a Warning. Silent wherever the numbers are not both stated.
    static let narrativeChangeDirection = NarrativeRule(
        code: "N-23",
        title: LocalizedText(zh: "“增加/减少/基本持平”与文中两年数字的增减方向相符",
                             en: "增加/减少/基本持平 agree with the direction of the change the numbers give"),
        formula: "`2023年X，2024年Y，增加Δ` ⇒ Y > X；`减少Δ` ⇒ Y < X；`基本持平` ⇒ |变动| ≤ 5%",
        tolerance: .exact,
        example: "2023年列支80.5万元，2024年列支20万元，减少60.5万元（80.5 → 20 为减少）"
    ) { context in
        let facts = context.facts.sentences
        for (k, s) in facts.enumerated() where s.part == 3 || s.part == nil {
            for pair in yearPairs(in: s.mentions)
            where wholeNumber(pair.prior, s.sentence) && wholeNumber(pair.current, s.sentence) {
                guard let x = NarrativeOperand(mention: pair.prior, sentence: s.sentence),
                      let y = NarrativeOperand(mention: pair.current, sentence: s.sentence) else { continue }
                let rising = y.value - x.value
                if rising.magnitude <= x.radius + y.radius { continue }
                // The direction word: of the change stated right after the pair (as N-20 reads it), else a `基本持平` after it.
                let last = s.mentions[pair.end - 1]
                let rest = restOfClause(after: last, in: s.sentence)
                if let (delta, _) = statedChange(after: pair.end, at: k, in: facts), let direction = delta.direction {
                    guard (direction == .increase) != (rising > .zero) else { continue }
                    let word = direction == .increase ? "增加" : "减少"
                    context.report(range: delta.range, message: LocalizedText(
                        zh: "文中称“\(word)”，但上年 \(x.label.zh)、本年 \(y.label.zh)，实为\(rising > .zero ? "增加" : "减少")",
                        en: "the text says “\(word)”, but the prior year is \(x.label.en) and the current year \(y.label.en): the change is \(rising > .zero ? "an increase" : "a decrease")"),
                        related: relatedYears(x, y))
                } else if rest.contains("持平") {
                    requireLevel(context, change: rising.magnitude, prior: x, current: y, at: last.range)
                }
            }
            // `增长/下降 P%，基本持平`: the stated rate itself.
            for (i, p) in s.mentions.enumerated() where p.percentage != nil && NarrativeSubject.isChange(p) {
                // No other number between the rate and `持平`.
                guard let percent = percentageAbove5(p), restOfClause(after: p, in: s.sentence).contains("持平"),
                      i + 1 >= s.mentions.count || s.mentions[i + 1].clauseIndex > p.clauseIndex + 1 else { continue }
                context.report(range: p.range, message: LocalizedText(
                    zh: "文中称“基本持平”，但变动率为 \(percent)%（超过 5%）",
                    en: "the text says “基本持平” (about the same), but the change is \(percent)% (more than 5%)"),
                    severity: .warning)
            }
        }
    }

    /// `基本持平` although the two years differ by more than 5% of the prior year.
    private static func requireLevel(_ context: NarrativeRuleContext, change: Amount, prior: NarrativeOperand,
                                     current: NarrativeOperand, at range: SourceRange) {
        // change > 5% of prior, with the rounding of both years against it.
        let slack = prior.radius + current.radius
        let least = change - slack
        guard prior.value > .zero, (least + least).scaled(byPowerOfTen: 1) > prior.value + prior.radius else { return }
        let rate = RatioInterval.percentage(numerator: change, denominator: prior.value, decimals: 2).map { $0.formatted(decimals: 2) } ?? "?"
        context.report(range: range, message: LocalizedText(
            zh: "文中称“基本持平”，但上年 \(prior.label.zh)、本年 \(current.label.zh)，变动 \(rate)%（超过 5%）",
            en: "the text says “基本持平” (about the same), but the prior year is \(prior.label.en) and the current year \(current.label.en): a change of \(rate)% (more than 5%)"),
            related: relatedYears(prior, current), severity: .warning)
    }

    /// The percentage when it is beyond 5% (written), as written.
    private static func percentageAbove5(_ p: NumericMention) -> String? {
        guard let v = p.percentage, v > Amount(units: 5, decimals: 0) else { return nil }
        return v.description
    }

    /// The text of `m`'s sentence from after `m` to the end of its clause (`，`, `；`, `。`).
    private static func restOfClause(after m: NumericMention, in sentence: NarrativeSentence) -> Substring {
        let utf8 = sentence.text.utf8
        guard m.textRange.upperBound <= utf8.count else { return "" }
        let tail = Substring(utf8.dropFirst(m.textRange.upperBound))
        let stops: Set<Character> = ["，", "；", "。", ",", ";"]
        // The clause after the number, and the next one (`…20万元，基本持平`).
        var clauses = 0
        var end = tail.endIndex
        for i in tail.indices where stops.contains(tail[i]) {
            clauses += 1
            if clauses == 2 { end = i; break }
        }
        return tail[..<end]
    }

    private static func relatedYears(_ x: NarrativeOperand, _ y: NarrativeOperand) -> [RelatedLocation] {
        [x.range.map { RelatedLocation(range: $0, message: LocalizedText(zh: "上年数", en: "prior year")) },
         y.range.map { RelatedLocation(range: $0, message: LocalizedText(zh: "本年数", en: "current year")) }].compactMap { $0 }
    }
}
