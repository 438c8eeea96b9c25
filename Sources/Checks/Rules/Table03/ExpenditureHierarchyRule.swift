import Report

extension Rule {
    /// T03-2: per column of 03, 类 = Σ 款 and 款 = Σ 项.
    static let expenditureHierarchyAddsUp = Rule(
        code: "T03-2",
        title: LocalizedText(zh: "支出决算表：类、款等于下级科目之和",
                             en: "Table 03: each 类 and 款 equals the sum of its sub-items"),
        formula: "公开03 每列 类 = Σ 款；款 = Σ 项",
        tolerance: .sum,
        example: "20104: 281.91 = 137.36 + 30.05 + 114.50"
    ) { context in
        guard let t = context.table(.expenditure) else { return }
        TableIdentities.hierarchyAddsUp(context, t, columns: TableIdentities.amountColumns(t))
    }
}
