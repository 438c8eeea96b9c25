import Report

extension NarrativeRule {
    /// N-20: an explanatory `2023年X万元，2024年Y万元` followed at once by the change it explains
    /// (`…增加/减少Δ`, in the same sentence or opening the next one) ⇒ |Y − X| = Δ (sum rule).
    static let narrativeStatedYearsChange = NarrativeRule(
        code: "N-20",
        title: LocalizedText(zh: "“上年X、本年Y”之后紧接的增减额等于两年之差",
                             en: "A change stated right after both years' amounts equals their difference"),
        formula: "`2023年X，2024年Y，增加/减少Δ` ⇒ |Y − X| = Δ（两数皆为文中所写，按求和规则比较）",
        tolerance: .sum,
        example: "2024年为0.15亿元，2023年债券资金为1.38亿元。与上年相比减少了1.23亿元 (1.38 − 0.15 = 1.23)"
    ) { context in
        let facts = context.facts.sentences
        for (k, s) in facts.enumerated() where s.part == 3 || s.part == nil {
            for pair in yearPairs(in: s.mentions) where wholeNumber(pair.prior, s.sentence) && wholeNumber(pair.current, s.sentence) {
            guard let (delta, deltaSentence) = statedChange(after: pair.end, at: k, in: facts),
                  let x = NarrativeOperand(mention: pair.prior, sentence: s.sentence),
                  let y = NarrativeOperand(mention: pair.current, sentence: s.sentence) else { continue }
            // Opposite signs are N-23's business; here only the size of the change.
            var difference = y
            difference.value = (y.value - x.value).magnitude
            difference.radius = x.radius + y.radius
            difference.addends = 2
            difference.range = y.range
            difference.label = LocalizedText(zh: "两年之差 \(y.label.zh) − \(x.label.zh) = \(difference.value.normalizedDescription)万元",
                                             en: "the difference \(y.label.en) − \(x.label.en) = \(difference.value.normalizedDescription) 万元")
            context.requireQuote(delta, in: deltaSentence, equals: difference,
                                 what: LocalizedText(zh: "增减额", en: "The change"), isSum: true)
            }
        }
    }

    /// The change stated right after a year pair ending before mention `end` of sentence `k`: the next mention of
    /// the sentence, else the first of the next sentence of the same section, when it is an amount with 增加/减少.
    static func statedChange(after end: Int, at k: Int, in facts: [NarrativeFactSentence]) -> (NumericMention, NarrativeFactSentence)? {
        guard k < facts.count else { return nil }
        let s = facts[k]
        var change: (NumericMention, NarrativeFactSentence)?
        if end < s.mentions.count {
            change = (s.mentions[end], s)
        } else if k + 1 < facts.count, facts[k + 1].sectionStart == s.sectionStart, let first = facts[k + 1].mentions.first {
            change = (first, facts[k + 1])
        }
        guard let (delta, _) = change, delta.wanYuan != nil, NarrativeSubject.isChange(delta), !delta.hasPlaceholderDash else { return nil }
        return change
    }

    /// False when the number continues one written before it (`2023年8,500万元` is read as `500万元` after a year).
    static func wholeNumber(_ m: NumericMention, _ sentence: NarrativeSentence) -> Bool {
        let start = m.numberTextRange.lowerBound
        guard start > 0, start <= sentence.text.utf8.count else { return start == 0 }
        let before = sentence.text.utf8[sentence.text.utf8.index(sentence.text.utf8.startIndex, offsetBy: start - 1)]
        return !(before >= 0x30 && before <= 0x39) && before != 0x2C && before != 0x2E
    }

    /// Every `YYYY年…X，YYYY年…Y` in `mentions` (two consecutive years, each directly followed by an amount with no
    /// direction word, the four mentions in a row): the prior-year and current-year amounts and the index after the pair.
    static func yearPairs(in mentions: [NumericMention]) -> [(prior: NumericMention, current: NumericMention, end: Int)] {
        var result: [(prior: NumericMention, current: NumericMention, end: Int)] = []
        var i = 0
        while i + 4 <= mentions.count {
            if case .year(let a) = mentions[i].kind, case .year(let b) = mentions[i + 2].kind, abs(a - b) == 1,
               NarrativeSubject.isLevel(mentions[i + 1]), NarrativeSubject.isLevel(mentions[i + 3]),
               mentions[i + 1].direction == nil, mentions[i + 3].direction == nil {
                result.append(a < b ? (mentions[i + 1], mentions[i + 3], i + 4) : (mentions[i + 3], mentions[i + 1], i + 4))
                i += 4
            } else {
                i += 1
            }
        }
        return result
    }
}
