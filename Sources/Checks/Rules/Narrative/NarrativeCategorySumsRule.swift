import Report

extension NarrativeRule {
    /// N-09: 五(三) the 年初预算 of the 类 (or 项) listed add up to the total 年初预算, and their changes on the prior
    /// year to 五(一)'s change. A 类 budgeted but unspent, or spent only in the prior year, may be missing from the
    /// list (spec U-02, U-03), so a larger gap is only a Hint; a gap within the sum rule is Information when
    /// rounding is reported.
    static let narrativeCategorySums = NarrativeRule(
        code: "N-09",
        title: LocalizedText(zh: "各类年初预算之和等于年初预算总数，各类增减额之和等于总增减额",
                             en: "The budgets and changes of the 类 listed add up to the totals"),
        formula: "五(三) Σ 各类 `年初预算` = 总 `年初预算`；Σ 各类 `较上年决算增加/减少Δ`（带符号）= 五(一) 增减额（求和规则；超出时可能有未列出的类，仅作提示）",
        tolerance: .sum,
        example: "年初预算1,930.23万元 vs 366.06+178.38+20.84+1,246.40+73.75+44.79 = 1,930.22（尾数误差）",
        severity: .hint
    ) { context in
        let sentences = context.sentences(.generalBudget)
        // The total budget, then one item per sentence that opens with a 类's (or, unnamed, a 项's) 年初预算.
        guard let totalIndex = sentences.firstIndex(where: { s in s.levels.first.map(isTotalBudget) ?? false }),
              let totalBudget = sentences[totalIndex].levels.first else { return }
        var items: [(budget: NumericMention, sentence: NarrativeFactSentence, change: (NumericMention, NarrativeFactSentence)?)] = []
        for s in sentences[(totalIndex + 1)...] {
            if let first = s.levels.first, isItemBudget(first) {
                items.append((first, s, nil))
            }
            guard !items.isEmpty, items[items.count - 1].change == nil else { continue }
            let from = s.index == items[items.count - 1].sentence.index
                ? (s.mentions.firstIndex { $0.range == items[items.count - 1].budget.range } ?? 0) : 0
            if let change = s.mentions[from...].first(where: { $0.wanYuan != nil && NarrativeSubject.isChange($0) && $0.label.contains("上年") }) {
                items[items.count - 1].change = (change, s)
            }
        }
        guard items.count >= 2 else { return }
        requireSum(context, total: totalBudget, in: sentences[totalIndex], parts: items.map { ($0.budget, $0.sentence.sentence, 1) },
                   what: LocalizedText(zh: "年初预算总数", en: "The total budget"))
        // The changes: every item must state one, and 五(一) the total's.
        let changes = items.compactMap(\.change)
        guard changes.count == items.count,
              let total = sentences.lazy.compactMap({ s in
                  s.mentions.first { $0.wanYuan != nil && NarrativeSubject.isChange($0)
                      && NarrativeSubject.isGeneralBudgetTotal(NarrativeSubject.normalized($0.subject)) }.map { ($0, s) }
              }).first else { return }
        requireSum(context, total: total.0, in: total.1,
                   parts: changes.map { ($0.0, $0.1.sentence, $0.0.direction == total.0.direction ? 1 : -1) },
                   what: LocalizedText(zh: "一般公共预算财政拨款支出增减额", en: "The change of general-budget expenditure"))
    }

    /// `2024年度一般公共预算财政拨款支出年初预算1,930.23万元`.
    private static func isTotalBudget(_ m: NumericMention) -> Bool {
        let s = NarrativeSubject.normalized(m.subject)
        return s.contains("一般公共预算财政拨款") && s.hasSuffix("年初预算")
    }

    /// `一般公共服务支出年初预算366.06万元`, `年初预算为 800 万元` (a 项 named by its heading).
    private static func isItemBudget(_ m: NumericMention) -> Bool {
        let s = NarrativeSubject.normalized(m.subject)
        return s.hasSuffix("年初预算") && !s.contains("一般公共预算") && !s.contains("基本支出") && !s.contains("项目支出")
            && !s.contains("三公") && !s.contains("政府性基金") && !s.contains("国有资本")
    }

    /// `total` = Σ ± `parts` (written in the narrative): equal → silent; within the sum rule → Information when
    /// rounding is reported; beyond → the rule's severity (a Hint: the list may be incomplete).
    private static func requireSum(_ context: NarrativeRuleContext, total: NumericMention, in s: NarrativeFactSentence,
                                   parts: [(NumericMention, NarrativeSentence, Int)], what: LocalizedText) {
        guard let t = NarrativeOperand(mention: total, sentence: s.sentence) else { return }
        var sum = Amount.zero, radius = t.radius
        for (m, sentence, sign) in parts {
            guard let o = NarrativeOperand(mention: m, sentence: sentence) else { return }
            sum += sign < 0 ? -o.value : o.value
            radius += o.radius
        }
        let difference = (t.value - sum).magnitude
        if difference.isZero { return }
        let related = parts.map { RelatedLocation(range: $0.0.range, message: LocalizedText(
            zh: "加数：\(NarrativeSubject.normalized($0.0.subject))", en: "addend")) }
        let shown = NarrativeOperand.writtenText(total, s.sentence)
        let sumText = NarrativeNumberFormat.format(sum, decimals: 2, grouped: true) + "万元"
        let differenceText = NarrativeNumberFormat.format(difference, decimals: 2, grouped: true) + "万元"
        if difference <= radius {
            guard context.reportsRounding else { return }
            context.report(range: total.range, message: LocalizedText(
                zh: "\(what.zh) \(shown) 与所列各类之和 \(sumText) 相差 \(differenceText)（尾数误差）",
                en: "\(what.en) \(shown) differs from the sum of the 类 listed, \(sumText), by \(differenceText) (rounding)"),
                related: related, severity: .information)
            return
        }
        context.report(range: total.range, message: LocalizedText(
            zh: "\(what.zh) \(shown) 与所列各类之和 \(sumText) 相差 \(differenceText)；若无未列出的类，则有数字不符",
            en: "\(what.en) \(shown) differs from the sum of the 类 listed, \(sumText), by \(differenceText); unless some 类 are not listed, a figure is wrong"),
            related: related)
    }
}
