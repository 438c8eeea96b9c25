import Report

extension Rule {
    /// T05-2: per column of 05, 类 = Σ 款 and 款 = Σ 项.
    static let generalBudgetHierarchyAddsUp = Rule(
        code: "T05-2",
        title: LocalizedText(zh: "一般公共预算财政拨款支出决算表：类、款等于下级科目之和",
                             en: "Table 05: each 类 and 款 equals the sum of its sub-items"),
        formula: "公开05 每列 类 = Σ 款；款 = Σ 项",
        tolerance: .sum,
        example: "21011: 18.96 = 5.44 + 13.52"
    ) { context in
        guard let t = context.table(.generalBudgetExpenditure) else { return }
        TableIdentities.hierarchyAddsUp(context, t, columns: TableIdentities.amountColumns(t))
    }
}
