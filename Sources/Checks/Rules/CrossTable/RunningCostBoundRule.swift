import Report

extension Rule {
    /// 10 机关运行经费 (行政单位 + 参照公务员法管理事业单位) ≤ 06 公用经费合计.
    static let runningCostBound = Rule(
        code: "X-17",
        title: LocalizedText(zh: "公开10表机关运行经费不超过公开06表公用经费合计",
                             en: "Table 10's running costs do not exceed table 06's public-use total"),
        formula: "公开10 （一）行政单位(5) + （二）参照公务员法管理事业单位(6) ≤ 公开06 公用经费合计",
        tolerance: .inequality,
        example: "11.99 ≤ 19.11"
    ) { context in
        guard let info = context.table(.relatedInformation), let detail = context.table(.generalBudgetBasicExpenditure),
              let c = BasicExpenditureColumn.index(detail), let publicTotal = detail.rowIndex(.publicTotal) else { return }
        let terms = [RowLabelRole.runningCostAdministrative, .runningCostCivilServiceLike]
            .map { TableIdentities.term(info, $0, column: .amount) }
        guard terms.contains(where: { $0.figure.isWritten }) else { return }
        context.requireAtLeast(detail.figure(row: publicTotal, column: c), terms,
                               relation: LocalizedText(zh: "公开10表机关运行经费", en: "table 10's running costs"))
    }
}
