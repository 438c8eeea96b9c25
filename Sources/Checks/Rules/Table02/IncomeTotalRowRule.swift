import Report

extension Rule {
    /// T02-3: per column of 02, 合计 = Σ 类 (Σ 项 where only 项 are listed).
    static let incomeTotalRowAddsUp = Rule(
        code: "T02-3",
        title: LocalizedText(zh: "收入决算表：合计行等于各类之和",
                             en: "Table 02: the 合计 row equals the sum of the 类 rows"),
        formula: "公开02 每列 合计 = Σ 类（只列项的表：Σ 项）",
        tolerance: .sum,
        example: "1835.83 ≈ 281.91 + 175.67 + 19.96 + 1248.74 + 69.48 + 40.08 = 1835.84 (±0.035)"
    ) { context in
        guard let t = context.table(.income) else { return }
        TableIdentities.totalRowAddsUp(context, t, columns: TableIdentities.amountColumns(t))
    }
}
