import Report

/// Shared readings of narrative sentences for the narrative rules.
enum NarrativeSubject {
    /// The subject without list punctuation, `其中`, spaces and half/full-width variants of `（类）`.
    /// On UTF-8 bytes (every narrative rule asks this of every amount it reads): `（` / `）` (EF BC 88 / 89)
    /// become ASCII and spaces go, then the listed prefixes and suffixes are dropped, each once, in order.
    static func normalized(_ s: Substring) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(s.utf8.count)
        var pending = s.utf8[...]
        while let byte = pending.popFirst() {
            if byte == 0x20 { continue }
            if byte == 0xEF, pending.count >= 2, pending[pending.startIndex] == 0xBC {
                let third = pending[pending.index(after: pending.startIndex)]
                if third == 0x88 || third == 0x89 {
                    bytes.append(third == 0x88 ? 0x28 : 0x29)
                    pending.removeFirst(2)
                    continue
                }
            }
            bytes.append(byte)
        }
        var start = 0, end = bytes.count
        for prefix in subjectPrefixes where end - start >= prefix.count && bytes[start..<(start + prefix.count)].elementsEqual(prefix) {
            start += prefix.count
        }
        for suffix in subjectSuffixes where end - start >= suffix.count && bytes[(end - suffix.count)..<end].elementsEqual(suffix) {
            end -= suffix.count
        }
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }

    private static let subjectPrefixes: [[UInt8]] = ["、", "，", "；", "其中", "和", "及"].map { Array($0.utf8) }
    private static let subjectSuffixes: [[UInt8]] = ["为", "是", "共"].map { Array($0.utf8) }

    /// True for a change on the previous year (`减少1,910.36万元`, `下降50.99%`).
    static func isChange(_ m: NumericMention) -> Bool {
        m.direction == .increase || m.direction == .decrease
    }

    /// The side of table 01/04 a `…总计` subject names: `收入总计` and `收、支总计` income, `支出总计` expenditure.
    static func grandTotalSide(_ subject: String) -> TableSide? {
        if subject.hasSuffix("收入总计") || subject.hasSuffix("收、支总计") || subject.hasSuffix("收支总计") { return .income }
        if subject.hasSuffix("支出总计") { return .expenditure }
        return nil
    }

    /// An amount that states a level, not a change.
    static func isLevel(_ m: NumericMention) -> Bool {
        m.wanYuan != nil && !isChange(m) && !m.hasPlaceholderDash
    }
}

extension NarrativeFactSentence {
    /// The level amount nearest before mention `index` (in `mentions`).
    func levelBefore(_ index: Int) -> NumericMention? {
        mentions[..<index].last(where: NarrativeSubject.isLevel)
    }
}

extension NarrativeRuleContext {
    /// Sentences of 第三部分 (or of an unpartitioned narrative) about `topic`.
    func sentences(_ topic: NarrativeTopic) -> [NarrativeFactSentence] { facts.explanation(topic) }

    /// Checks every `占…P%` of the sentence: the share of the amount just before it in `whole(label)`,
    /// where the label is what follows `占` (`""` for `占`/`占比`, `本年支出合计` for `占本年支出合计的`).
    /// A share whose whole is unknown is left alone.
    func requireShares(in s: NarrativeFactSentence, what: LocalizedText,
                       whole: (_ base: String, _ first: NarrativeOperand?) -> NarrativeOperand?) {
        let first = s.levels.first.flatMap { NarrativeOperand(mention: $0, sentence: s.sentence) }
        for (i, p) in s.mentions.enumerated() where p.isShare && p.percentage != nil {
            guard let part = s.levelBefore(i), let numerator = NarrativeOperand(mention: part, sentence: s.sentence) else { continue }
            let base = NarrativeSubject.shareBase(p.label)
            guard let denominator = whole(base, first), denominator.range != numerator.range else { continue }
            requireRatio(p, in: s, numerator: numerator, denominator: denominator,
                         what: LocalizedText(zh: "\(NarrativeSubject.normalized(part.subject))\(what.zh)", en: what.en))
        }
    }

    /// `X合计A，其中：甲B，乙C…`: when at least two of the parts named `parts` are stated, A = Σ of them (sum rule).
    func requirePartsAddUp(in s: NarrativeFactSentence, total suffix: String, parts names: [String]) {
        guard let total = s.levels.first(where: { NarrativeSubject.normalized($0.subject).hasSuffix(suffix) }) else { return }
        let parts = s.levels.filter { names.contains(NarrativeSubject.normalized($0.subject)) }
        guard parts.count >= 2 else { return }
        requireNarrativeSum(total, in: s, parts: parts.map { ($0, s.sentence) },
                            what: LocalizedText(zh: "\(suffix)（应等于所列各项之和）", en: "The total (the sum of the parts listed)"))
    }

    /// Checks every `完成…预算的 P%` of the sentence: the level amount just before it over the budget amount
    /// before that (a subject with 预算), or over `budget(final)` when the sentence states no budget.
    func requireCompletions(in s: NarrativeFactSentence,
                            budget fallback: (NumericMention) -> NarrativeOperand? = { _ in nil }) {
        for (i, p) in s.mentions.enumerated() where p.percentage != nil && !p.isShare && p.label.contains("完成") && p.label.contains("预算") {
            guard let finalIndex = s.mentions[..<i].lastIndex(where: NarrativeSubject.isLevel) else { continue }
            let final = s.mentions[finalIndex]
            let budgetMention = s.mentions[..<finalIndex].last { NarrativeSubject.isLevel($0) && $0.subject.contains("预算") }
            let denominator = budgetMention.flatMap { NarrativeOperand(mention: $0, sentence: s.sentence) } ?? fallback(final)
            requireRatio(p, in: s, numerator: NarrativeOperand(mention: final, sentence: s.sentence), denominator: denominator,
                         what: LocalizedText(zh: "完成预算的比例", en: "Completion rate"))
        }
    }
}

extension NarrativeSubject {
    /// `占本年支出合计的` → `本年支出合计`; `占`, `占比`, `占比为` → `""`.
    static func shareBase(_ label: Substring) -> String {
        var t = normalized(label)
        if t.hasPrefix("占") { t.removeFirst() }
        for suffix in ["的比重", "的比例", "比重", "比例", "的"] where t.hasSuffix(suffix) { t.removeLast(suffix.count); break }
        if t == "比" || t == "比为" { return "" }
        return t
    }
}
