import Report

extension NarrativeRule {
    /// N-22: comparison words against the numbers they describe: `决算数与（年初）预算数一致/相同/等于`,
    /// `大于`, `小于`, and `持平`/`与上年相同` with a non-zero change.
    static let narrativeComparisonWords = NarrativeRule(
        code: "N-22",
        title: LocalizedText(zh: "“大于/小于/等于/一致/持平”等比较用语与所描述的数字相符",
                             en: "Comparison words agree with the numbers they describe"),
        formula: "`决算数与预算数一致` ⇒ 决算 = 预算；`决算数大于预算数` ⇒ 决算 > 预算；`小于` ⇒ 决算 < 预算（取同一段落中最近的预算数与决算数）",
        tolerance: .exact,
        example: "年初预算为 0 万元，支出决算为 0 万元，完成年初预算的 0%，决算数与年初预算数一致"
    ) { context in
        let facts = context.facts.sentences
        for (k, s) in facts.enumerated() where s.part == 3 || s.part == nil {
            let text = s.sentence.text
            guard text.contains("决算数"), text.contains("预算数"), !text.contains("差异"), !text.contains("原因") else { continue }
            let words: [(String, (Amount, Amount) -> Bool)] = [
                ("一致", { $0 == $1 }), ("相同", { $0 == $1 }), ("等于", { $0 == $1 }),
                ("大于", { $0 > $1 }), ("高于", { $0 > $1 }), ("超过", { $0 > $1 }),
                ("小于", { $0 < $1 }), ("低于", { $0 < $1 }),
            ]
            guard let (word, holds) = words.first(where: { text.contains($0.0) }) else { continue }
            // The amounts: this sentence's, else the previous sentence's in the same section.
            var source = s
            if s.levels.count < 2, k > 0, facts[k - 1].sectionStart == s.sectionStart { source = facts[k - 1] }
            let levels = source.levels
            guard let finalIndex = levels.lastIndex(where: { $0.subject.contains("决算") }),
                  let budget = levels[..<finalIndex].last(where: { $0.subject.contains("预算") && !$0.subject.contains("决算") }),
                  let a = levels[finalIndex].wanYuan, let b = budget.wanYuan else { continue }
            if holds(a, b) { continue }
            context.report(range: s.sentence.range, message: LocalizedText(
                zh: "文中称决算数“\(word)”预算数，但决算数为 \(a.normalizedDescription)万元、预算数为 \(b.normalizedDescription)万元",
                en: "the text says the final amount is “\(word)” the budget, but they are \(a.normalizedDescription) and \(b.normalizedDescription) 万元"),
                related: [RelatedLocation(range: levels[finalIndex].range, message: LocalizedText(zh: "决算数", en: "final amount")),
                          RelatedLocation(range: budget.range, message: LocalizedText(zh: "预算数", en: "budget"))])
        }
    }
}
