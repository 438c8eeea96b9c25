import Catalog
import Report

extension NarrativeRule {
    /// N-07: 五(二) each `X（类）` amount = 公开05 类 X 小计 (Σ its 项 when the table lists only 项);
    /// 占比 = 类 ÷ 一般公共预算财政拨款支出.
    static let narrativeGeneralBudgetCategories = NarrativeRule(
        code: "N-07",
        title: LocalizedText(zh: "一般公共预算财政拨款支出结构：各类支出及占比与公开05表一致",
                             en: "General-budget expenditure by 类: each amount and share matches table 05"),
        formula: "五(二) `X（类）{A}` = 公开05 类 X 小计（003：Σ 同前缀的项）；`占比 P%` = A ÷ 一般公共预算财政拨款支出",
        tolerance: .quote,
        example: "一般公共服务支出(类)281.91万元，占比15.36%"
    ) { context in
        for s in context.sentences(.generalBudget) where s.mentions.contains(where: { $0.subject.contains("类)") || $0.subject.contains("类）") }) {
            for m in s.levels {
                let subject = NarrativeSubject.normalized(m.subject)
                guard let marker = subject.range(of: "(类)") else { continue }
                let name = String(subject[..<marker.lowerBound])
                guard let code = context.categoryCode(named: name) else { continue }
                context.requireQuote(m, in: s, equals: context.operand(.generalBudgetExpenditure, code: code, column: .total),
                                     what: LocalizedText(zh: "\(name)（类）", en: "\(name) (类 \(code))"))
            }
            let leads = s.levels.first.map { NarrativeSubject.isGeneralBudgetTotal(NarrativeSubject.normalized($0.subject)) } ?? false
            context.requireShares(in: s, what: LocalizedText(zh: "占一般公共预算财政拨款支出的比例", en: "share of general-budget expenditure")) { base, first in
                base.isEmpty && leads ? first : nil
            }
        }
    }
}

extension NarrativeRuleContext {
    /// The 3-digit function code of a 类 named in the narrative (`一般公共服务支出`, `资源勘探工业信息`), nil when unsure.
    func categoryCode(named name: String) -> String? {
        let trimmed = name.replacing(" ", with: "")
        guard !trimmed.isEmpty else { return nil }
        if let cached = categoryCodes[trimmed] { return cached }
        let code = resolveCategoryCode(trimmed)
        categoryCodes[trimmed] = .some(code)
        return code
    }

    private func resolveCategoryCode(_ trimmed: String) -> String? {
        for label in [trimmed, trimmed + "支出"] {
            if let match = catalog.category(forLabel: label), let code = match.code, code.digits.count == 3 { return code.digits }
        }
        if let phrase = SubjectPhrase.parse(trimmed + "（类）"), let entry = catalog.resolve(phrase).entry,
           entry.code.digits.count == 3 { return entry.code.digits }
        return nil
    }

    /// The function code a `类/款/项` phrase names (`科学技术（类）应用研究（款）社会公益研究（项）`), nil when unsure.
    /// When the catalog lacks a level, the table's own row under the deepest resolved code with the last name is taken.
    func functionCode(phrase text: String, in table: IndexedTable?) -> String? {
        guard let phrase = SubjectPhrase.parse(text), let last = phrase.parts.last else { return nil }
        let resolution = catalog.resolve(phrase)
        if resolution.unmatched == nil, resolution.matched.count == phrase.parts.count { return resolution.entry?.code.digits }
        guard let prefix = resolution.matched.last?.code.digits, let table else { return nil }
        let key = NarrativeSubject.nameKey(last.name)
        let rows = table.rows.filter { row in
            guard let code = row.code?.text, code.hasPrefix(prefix), let name = row.name?.normalized else { return false }
            return NarrativeSubject.nameKey(name) == key
        }
        return rows.count == 1 ? rows[0].code?.text : nil
    }
}
