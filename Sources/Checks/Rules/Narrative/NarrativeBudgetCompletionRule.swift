import Report

extension NarrativeRule {
    /// N-08: 五(三) 年初预算 B, 支出决算 A, 完成年初预算的 P: A = 公开05 (total, 类, or the 项 a 类/款/项
    /// phrase names), P = A ÷ B.
    static let narrativeBudgetCompletion = NarrativeRule(
        code: "N-08",
        title: LocalizedText(zh: "一般公共预算财政拨款支出具体情况：支出决算与公开05表一致，完成年初预算的比例相符",
                             en: "General-budget expenditure in detail: the final amounts match table 05 and the completion rates add up"),
        formula: "五(三) `支出决算{A}` = 公开05 合计 / 类 / 项 小计；`完成年初预算的 P%` = A ÷ `年初预算{B}`",
        tolerance: .quote,
        example: "一般公共服务支出年初预算366.06万元，支出决算281.91万元，完成年初预算的77.01%"
    ) { context in
        for s in context.sentences(.generalBudget) {
            let levels = s.levels
            guard let budgetIndex = levels.firstIndex(where: { $0.subject.contains("年初预算") }),
                  budgetIndex + 1 < levels.count, levels[budgetIndex + 1].subject.contains("决算") else { continue }
            let budget = NarrativeSubject.normalized(levels[budgetIndex].subject)
            let final = levels[budgetIndex + 1]
            let named = String(budget[..<(budget.range(of: "年初预算")?.lowerBound ?? budget.endIndex)])
            var target: NarrativeOperand?
            var what = LocalizedText(zh: "支出决算", en: "Final expenditure")
            if named.hasPrefix("一般公共预算财政拨款") || named.hasPrefix("年一般公共预算财政拨款") {
                target = context.operand(.generalBudgetExpenditure, .total, column: .total)
            } else if !named.isEmpty {
                let name = named.replacing("(类)", with: "")
                if let code = context.categoryCode(named: name) {
                    target = context.operand(.generalBudgetExpenditure, code: code, column: .total)
                    what = LocalizedText(zh: "\(name)支出决算", en: "Final expenditure of 类 \(code)")
                }
            } else if let code = context.functionCode(phrase: s.headingText, in: context.table(.generalBudgetExpenditure)) {
                target = context.operand(.generalBudgetExpenditure, code: code, column: .total)
                what = LocalizedText(zh: "\(code) 支出决算", en: "Final expenditure of \(code)")
            }
            context.requireQuote(final, in: s, equals: target, what: what)
            context.requireCompletions(in: s)
        }
    }
}
