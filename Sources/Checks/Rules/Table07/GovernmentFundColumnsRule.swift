import Report

extension Rule {
    /// T07-3: per column of 07, 类 = Σ 款, 款 = Σ 项, 合计 = Σ 类.
    static let governmentFundColumnsAddUp = Rule(
        code: "T07-3",
        title: LocalizedText(zh: "政府性基金预算财政拨款收入支出决算表：各列类、款、合计等于下级科目之和",
                             en: "Table 07: 类, 款 and 合计 equal the sum of their sub-items in every column"),
        formula: "公开07 每列 类 = Σ 款；款 = Σ 项；合计 = Σ 类",
        tolerance: .sum,
        example: "合计 本年收入: 1500.00 = 1500.00"
    ) { context in
        guard let t = context.table(.governmentFund) else { return }
        TableIdentities.hierarchyAddsUp(context, t, columns: TableIdentities.amountColumns(t))
        TableIdentities.totalRowAddsUp(context, t, columns: TableIdentities.amountColumns(t))
    }
}
