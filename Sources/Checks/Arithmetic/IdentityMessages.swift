import Report

/// The text of identity findings: written value, computed value, difference and tolerance.
enum IdentityMessages {
    static func message(for e: IdentityEvaluation, relationText: LocalizedText?) -> LocalizedText {
        let cross = e.terms.contains { $0.figure.tableLabel != e.subject.tableLabel }
        var s = cross ? e.subject.qualifiedLabel : e.subject.label
        if !s.zh.hasSuffix("）") { s.zh += " " }
        let relation = relationText ?? defaultRelation(e, cross: cross)
        var r = relation
        if !r.zh.hasSuffix("）") { r.zh += " " }
        let w = e.written.description, c = e.computed.description
        let d = e.difference.description, t = e.tolerance.normalizedDescription
        switch (e.relation, e.outcome) {
        case (.empty, _):
            return LocalizedText(zh: "\(s.zh)应为空（\(relation.zh)），却填写了 \(w)",
                                 en: "\(s.en) must stay empty (\(r.en)) but holds \(w)")
        case (.atMost, _):
            return LocalizedText(zh: "\(s.zh)\(w) 超过\(r.zh)\(c)（超出 \(d)，容差 \(t)）",
                                 en: "\(s.en) \(w) exceeds \(r.en) \(c) (by \(d), tolerance \(t))")
        case (.atLeast, _):
            return LocalizedText(zh: "\(s.zh)\(w) 小于\(r.zh)\(c)（差 \(d)，容差 \(t)）",
                                 en: "\(s.en) \(w) is less than \(r.en) \(c) (by \(d), tolerance \(t))")
        case (_, .withinRounding):
            return LocalizedText(zh: "\(s.zh)\(w) 与\(r.zh)\(c) 相差 \(d)，在容差 \(t) 之内（尾数误差）",
                                 en: "\(s.en) \(w) differs from \(r.en) \(c) by \(d), within the rounding tolerance \(t)")
        case (_, .offByOneUnit):
            return LocalizedText(zh: "\(s.zh)\(w) 与\(r.zh)\(c) 相差 \(d)，同一数字应完全一致（容差 0）",
                                 en: "\(s.en) \(w) differs from \(r.en) \(c) by \(d); the same figure must be copied exactly (tolerance 0)")
        default:
            return LocalizedText(zh: "\(s.zh)\(w) 与\(r.zh)\(c) 不符（差 \(d)，容差 \(t)）",
                                 en: "\(s.en) \(w) does not match \(r.en) \(c) (difference \(d), tolerance \(t))")
        }
    }

    static func relatedMessage(term: IdentityTerm, evaluation e: IdentityEvaluation) -> LocalizedText {
        let cross = term.figure.tableLabel != e.subject.tableLabel
        let label = cross ? term.figure.qualifiedLabel : term.figure.label
        let value = term.figure.value.description
        switch e.relation {
        case .sum, .exact:
            if term.sign < 0 { return LocalizedText(zh: "减数：\(label.zh) \(value)", en: "subtracted: \(label.en) \(value)") }
            return LocalizedText(zh: "加数：\(label.zh) \(value)", en: "addend: \(label.en) \(value)")
        case .copy:
            return LocalizedText(zh: "对应数：\(label.zh) \(value)", en: "counterpart: \(label.en) \(value)")
        case .atMost, .atLeast, .empty:
            return LocalizedText(zh: "比较对象：\(label.zh) \(value)", en: "compared with: \(label.en) \(value)")
        }
    }

    private static func defaultRelation(_ e: IdentityEvaluation, cross: Bool) -> LocalizedText {
        let written = e.terms.filter { $0.figure.isWritten }
        if written.count == 1 || e.terms.count == 1 {
            let f = (written.first ?? e.terms[0]).figure
            return cross ? f.qualifiedLabel : f.label
        }
        return LocalizedText(zh: "各项之和", en: "the sum of its parts")
    }
}
