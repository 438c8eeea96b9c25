import Report

extension Rule {
    /// T05-3: per column of 05, 合计 = Σ 类 (Σ 项 where only 项 are listed).
    static let generalBudgetTotalRowAddsUp = Rule(
        code: "T05-3",
        title: LocalizedText(zh: "一般公共预算财政拨款支出决算表：合计行等于各类之和",
                             en: "Table 05: the 合计 row equals the sum of the 类 rows"),
        formula: "公开05 每列 合计 = Σ 类（只列项的表：Σ 项）",
        tolerance: .sum,
        example: "项目支出: 1252.13 = 30.05 + 1213.98 + 8.10"
    ) { context in
        guard let t = context.table(.generalBudgetExpenditure) else { return }
        TableIdentities.totalRowAddsUp(context, t, columns: TableIdentities.amountColumns(t))
    }
}
