import Report

extension Rule {
    /// T03-3: per column of 03, 合计 = Σ 类 (Σ 项 where only 项 are listed).
    static let expenditureTotalRowAddsUp = Rule(
        code: "T03-3",
        title: LocalizedText(zh: "支出决算表：合计行等于各类之和",
                             en: "Table 03: the 合计 row equals the sum of the 类 rows"),
        formula: "公开03 每列 合计 = Σ 类（只列项的表：Σ 项）",
        tolerance: .sum,
        example: "基本支出: 583.70 ≈ 251.86 + 175.67 + 19.96 + 34.76 + 61.39 + 40.08 = 583.72 (±0.035)"
    ) { context in
        guard let t = context.table(.expenditure) else { return }
        TableIdentities.totalRowAddsUp(context, t, columns: TableIdentities.amountColumns(t))
    }
}
