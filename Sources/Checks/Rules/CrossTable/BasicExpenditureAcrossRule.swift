import Report

extension Rule {
    /// 05 合计 基本支出 = 06 人员经费合计 + 公用经费合计.
    static let basicExpenditureAcrossTables = Rule(
        code: "X-14",
        title: LocalizedText(zh: "公开05表基本支出等于公开06表人员经费与公用经费之和",
                             en: "Basic expenditure of table 05 equals table 06's personnel plus public-use totals"),
        formula: "公开05 合计 基本支出(2) = 公开06 人员经费合计 + 公用经费合计",
        tolerance: .sum,
        example: "387.79 ≈ 353.25 + 34.53 = 387.78 (±0.015)"
    ) { context in
        guard let budget = context.table(.generalBudgetExpenditure), let detail = context.table(.generalBudgetBasicExpenditure),
              let c = BasicExpenditureColumn.index(detail) else { return }
        let totals = [RowLabelRole.personnelTotal, .publicTotal].compactMap { detail.rowIndex($0) }
        guard !totals.isEmpty else { return }
        context.requireCopy(budget.figure(.total, column: .basic), equals: totals.map { IdentityTerm(detail.figure(row: $0, column: c)) },
                            relation: LocalizedText(zh: "公开06表人员经费合计与公用经费合计之和",
                                                    en: "table 06's personnel plus public-use totals"))
    }
}
