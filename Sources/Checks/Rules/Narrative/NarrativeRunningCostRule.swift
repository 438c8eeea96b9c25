import Report

extension NarrativeRule {
    /// N-15: 十(一) 机关运行经费 = 公开10 行政单位 + 参照公务员法管理事业单位 (without table 10: 公开06 公用经费合计).
    static let narrativeRunningCost = NarrativeRule(
        code: "N-15",
        title: LocalizedText(zh: "机关运行经费与公开10表（无公开10表时与公开06表公用经费合计）一致",
                             en: "Running costs match table 10 (or table 06's public-use total when there is no table 10)"),
        formula: "十 `机关运行经费支出` = 公开10 行次5 + 行次6（无公开10：公开06 公用经费合计）",
        tolerance: .quote,
        example: "2024年机关运行经费支出11.99万元"
    ) { context in
        let target: NarrativeOperand?
        if let t = context.table(.relatedInformation) {
            let parts = [RowLabelRole.runningCostAdministrative, .runningCostCivilServiceLike].compactMap { role -> NarrativeOperand?? in
                guard t.rowIndex(role) != nil else { return nil }
                return .some(context.operand(.relatedInformation, role, column: .amount))
            }
            target = parts.isEmpty ? nil : context.sum(parts, label: LocalizedText(zh: "公开10表 机关运行经费（行政单位＋参公单位）", en: "Table 10 running costs"))
        } else if let detail = context.table(.generalBudgetBasicExpenditure), let c = BasicExpenditureColumn.index(detail),
                  let row = detail.rowIndex(.publicTotal) {
            target = context.operand(detail, row: row, column: c)
        } else {
            target = nil
        }
        for s in context.sentences(.runningCost) {
            for m in s.levels where NarrativeSubject.normalized(m.subject).contains("机关运行经费") {
                context.requireQuote(m, in: s, equals: target, what: LocalizedText(zh: "机关运行经费", en: "Running costs"))
            }
        }
    }
}
