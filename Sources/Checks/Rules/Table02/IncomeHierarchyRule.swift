import Report

extension Rule {
    /// T02-2: per column of 02, 类 = Σ 款 and 款 = Σ 项.
    static let incomeHierarchyAddsUp = Rule(
        code: "T02-2",
        title: LocalizedText(zh: "收入决算表：类、款等于下级科目之和",
                             en: "Table 02: each 类 and 款 equals the sum of its sub-items"),
        formula: "公开02 每列 类 = Σ 款；款 = Σ 项",
        tolerance: .sum,
        example: "20805: 175.67 ≈ 12.88 + 117.04 + 45.74 = 175.66 (±0.02)"
    ) { context in
        guard let t = context.table(.income) else { return }
        TableIdentities.hierarchyAddsUp(context, t, columns: TableIdentities.amountColumns(t))
    }
}
