import Report

extension Rule {
    /// T06-1: 06 each 类 (301, 302, 303, 307, 310, 312, 313, 399) = Σ its 款.
    static let basicExpenditureGroupAddsUp = Rule(
        code: "T06-1",
        title: LocalizedText(zh: "基本支出决算明细表：每个经济分类类级等于其款级之和",
                             en: "Table 06: each economic 类 equals the sum of its items"),
        formula: "公开06 301、302、303、307、310、312、313、399（及 309、311） = Σ 其下 5 位科目",
        tolerance: .sum,
        example: "302: 9.36 ≠ 1.25 + 0.69 + 0.1 + 2.71 + 3.00 + 1.55 = 9.30 (±0.035) ✗"
    ) { context in
        guard let t = context.table(.generalBudgetBasicExpenditure), let c = BasicExpenditureColumn.index(t) else { return }
        TableIdentities.hierarchyAddsUp(context, t, columns: [c])
    }
}
