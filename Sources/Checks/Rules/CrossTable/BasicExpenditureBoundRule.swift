import Report

extension Rule {
    /// 03 合计 基本支出 ≥ 05 合计 基本支出.
    static let basicExpenditureBound = Rule(
        code: "X-15",
        title: LocalizedText(zh: "公开03表基本支出不小于公开05表基本支出",
                             en: "Basic expenditure of table 03 is at least table 05's"),
        formula: "公开03 合计 基本支出(2) ≥ 公开05 合计 基本支出(2)",
        tolerance: .inequality,
        example: "583.70 ≥ 583.70"
    ) { context in
        guard let spending = context.table(.expenditure), let budget = context.table(.generalBudgetExpenditure) else { return }
        context.requireAtLeast(spending.figure(.total, column: .basic), [IdentityTerm(budget.figure(.total, column: .basic))])
    }
}
