import Report

extension Rule {
    /// T08-2: per column of 08, 类 = Σ 款, 款 = Σ 项, 合计 = Σ 类.
    static let stateCapitalColumnsAddUp = Rule(
        code: "T08-2",
        title: LocalizedText(zh: "国有资本经营预算财政拨款支出决算表：各列类、款、合计等于下级科目之和",
                             en: "Table 08: 类, 款 and 合计 equal the sum of their sub-items in every column"),
        formula: "公开08 每列 类 = Σ 款；款 = Σ 项；合计 = Σ 类",
        tolerance: .sum,
        example: "合计: 50.00 = 50.00"
    ) { context in
        guard let t = context.table(.stateCapital) else { return }
        TableIdentities.hierarchyAddsUp(context, t, columns: TableIdentities.amountColumns(t))
        TableIdentities.totalRowAddsUp(context, t, columns: TableIdentities.amountColumns(t))
    }
}
