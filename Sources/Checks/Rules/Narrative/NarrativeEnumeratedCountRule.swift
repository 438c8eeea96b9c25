import Report

extension NarrativeRule {
    /// N-21: `设置N个…，分别是：1、…；2、…` / `内设机构N个，包括：a、b、c` ⇒ N = the number of items listed.
    static let narrativeEnumeratedCount = NarrativeRule(
        code: "N-21",
        title: LocalizedText(zh: "所称个数与随后列举的项数一致",
                             en: "A stated count matches the items listed after it"),
        formula: "`设置N个…，分别是：a；b；…` / `N个，包括：a、b、…` ⇒ N = 列举项数（编号列表取最大编号）",
        tolerance: .exact,
        example: "设置18个股室，分别是：1、综合股；…17、服务体系建设股 (17)"
    ) { context in
        for s in context.facts.sentences {
            guard let list = s.sentence.enumeration, !list.items.isEmpty else { continue }
            // The count: the last `N个` before the introducer, in the clause just before it or the same one.
            guard let m = s.mentions.last(where: { $0.measureWord == "个" && $0.textRange.upperBound <= list.introducerTextRange.lowerBound }),
                  list.introducerTextRange.lowerBound - m.textRange.upperBound <= 30 else { continue }
            let bytes = Array(s.sentence.text.utf8)
            let introducer = min(list.introducerTextRange.lowerBound, bytes.count)
            guard m.textRange.upperBound <= introducer else { continue }
            let between = bytes[m.textRange.upperBound..<introducer]
            guard !String(decoding: between, as: UTF8.self).contains(where: { $0 == "；" || $0 == ";" || $0 == "。" }) else { continue }
            let listed: Int
            if list.isNumbered, let highest = list.items.compactMap(\.number).max(), highest >= list.items.count - 1 {
                listed = max(highest, list.items.count)
            } else {
                listed = list.items.count
            }
            // `（不包括陪同人员）` is not a list.
            let beforeIntroducer = bytes[..<introducer]
            guard listed >= 2 || list.introducer.hasPrefix("分别"),
                  !String(decoding: beforeIntroducer.suffix(3), as: UTF8.self).hasSuffix("不") else { continue }
            context.requireCount(m, expected: listed...listed,
                                 counterpart: LocalizedText(zh: "随后列举的项数", en: "the number of items listed"),
                                 related: list.items.compactMap(\.range))
        }
    }
}
