import Report

extension Rule {
    /// T06-4: 06 cells printed `——` (309 资本性支出（基本建设）, 311 对企业补助（基本建设） and their items) stay empty.
    static let basicExpenditureNotApplicableEmpty = Rule(
        code: "T06-4",
        title: LocalizedText(zh: "基本支出决算明细表：标“——”的基本建设科目不得填数",
                             en: "Table 06: the 基本建设 subjects marked —— must stay empty"),
        formula: "公开06 309、311 及其下级科目（模板标“——”）：决算数为空",
        tolerance: .exact,
        example: "30901 房屋建筑物购建: ——"
    ) { context in
        guard let t = context.table(.generalBudgetBasicExpenditure), let c = BasicExpenditureColumn.index(t) else { return }
        let reason = LocalizedText(zh: "基本建设支出不属于基本支出，模板标“——”", en: "capital construction is not basic expenditure; the template prints ——")
        for i in t.rows.indices {
            guard let code = t.rowCodes[i], code.hasPrefix("309") || code.hasPrefix("311") else { continue }
            context.requireEmpty(t.figure(row: i, column: c), reason: reason)
        }
    }
}
