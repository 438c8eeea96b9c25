import Report

extension NarrativeRule {
    /// N-18: 十(四) `涉及二级项目N个` = Σ projects by grade; `资金X万元，其中…Y万元、…` X = Σ by fund.
    static let narrativePerformanceCounts = NarrativeRule(
        code: "N-18",
        title: LocalizedText(zh: "绩效自评：项目个数等于各等级个数之和，资金等于各类资金之和",
                             en: "Performance self-evaluation: the project count equals the graded counts, the funds add up"),
        formula: "十(四) `二级项目N个` = Σ `M个项目自评等级为“…”`；`资金X万元` = Σ `其中…预算项目支出Y万元`；`预算执行率 P%` = 实际支出 ÷ 预算总额",
        tolerance: .exact,
        example: "涉及二级项目10个…8个项目自评等级为“优”，2个项目自评等级为“良”"
    ) { context in
        // The project count and the graded counts may sit in two sentences (`涉及二级项目16个，…。自评结果为：16个项目…`).
        var total: (mention: NumericMention, section: Int?)?
        for s in context.sentences(.performance) {
            let counts = s.mentions.filter { $0.measureWord == "个" }
            if let t = total, t.section != s.sectionStart { total = nil }
            let grades = counts.filter { gradeFollows(s.sentence.text, after: $0.textRange.upperBound) }
            if let stated = counts.first(where: { m in !grades.contains(m) && (m.subject.contains("项目") || followedBy(s.sentence.text, after: m.textRange.upperBound, "项目")) }) {
                total = (stated, s.sectionStart)
            }
            if let t = total, !grades.isEmpty {
                let sum = grades.reduce(0) { $0 + Int($1.value.units) }
                context.requireCount(t.mention, expected: sum...sum,
                                     counterpart: LocalizedText(zh: "各自评等级项目个数之和", en: "the sum of the graded project counts"),
                                     related: grades.map(\.range))
                total = nil
            }
            // 预算总额X万元，实际支出总额Y万元，预算执行率P%
            for (i, p) in s.mentions.enumerated() where p.percentage != nil && p.label.contains("执行率") {
                guard let spentIndex = s.mentions[..<i].lastIndex(where: NarrativeSubject.isLevel),
                      s.mentions[spentIndex].subject.contains("支出") || s.mentions[spentIndex].subject.contains("执行"),
                      let budget = s.mentions[..<spentIndex].last(where: { NarrativeSubject.isLevel($0) && $0.subject.contains("预算") }) else { continue }
                context.requireRatio(p, in: s, numerator: NarrativeOperand(mention: s.mentions[spentIndex], sentence: s.sentence),
                                     denominator: NarrativeOperand(mention: budget, sentence: s.sentence),
                                     what: LocalizedText(zh: "预算执行率", en: "Budget execution rate"))
            }
            // 资金X万元，其中一般公共预算项目支出Y万元、政府性基金预算项目支出Z万元…
            let levels = s.levels
            if let fundIndex = levels.firstIndex(where: { NarrativeSubject.normalized($0.subject).hasSuffix("资金") }) {
                let parts = levels[(fundIndex + 1)...].prefix { $0.subject.contains("项目支出") || $0.subject.contains("项目资金") }
                if parts.count == 1, let part = parts.first {
                    context.requireAtMost(part, in: s, bound: NarrativeOperand(mention: levels[fundIndex], sentence: s.sentence),
                                          what: LocalizedText(zh: "其中所列资金", en: "The part listed"))
                }
                if parts.count >= 2 {
                    let operands = parts.map { NarrativeOperand(mention: $0, sentence: s.sentence) }
                    context.requireQuote(levels[fundIndex], in: s,
                                         equals: context.sum(operands, label: LocalizedText(zh: "各类预算项目支出之和", en: "the sum by fund")),
                                         what: LocalizedText(zh: "绩效自评资金", en: "Evaluated funds"), isSum: true)
                }
            }
        }
    }

    private static func followedBy(_ text: String, after offset: Int, _ word: String) -> Bool {
        String(decoding: text.utf8.dropFirst(offset).prefix(word.utf8.count), as: UTF8.self) == word
    }

    /// True when `项目自评等级为` (or `自评等级为`) follows the count's measure word.
    private static func gradeFollows(_ text: String, after offset: Int) -> Bool {
        let rest = text.utf8.dropFirst(offset).prefix(30)
        let s = String(decoding: rest, as: UTF8.self)
        return s.hasPrefix("项目自评等级") || s.hasPrefix("项目等级") || s.hasPrefix("自评等级") || s.hasPrefix("项目评价等级")
    }
}
