import Report

extension Rule {
    /// 09 决算数 items ≥ the matching 06 items.
    static let threePublicBound = Rule(
        code: "X-16",
        title: LocalizedText(zh: "公开09表“三公”经费决算数不小于公开06表对应科目",
                             en: "Table 09's final three-public expenses are at least the matching items of table 06"),
        formula: "公开09 决算 因公出国（境）费(8) ≥ 06 30212；公务用车购置费(10) ≥ 06 31013 + 30913；公务用车运行维护费(11) ≥ 06 30231；公务接待费(12) ≥ 06 30217",
        tolerance: .inequality,
        example: "1.40 ≥ 1.40"
    ) { context in
        guard let three = context.table(.threePublicExpenses), let detail = context.table(.generalBudgetBasicExpenditure),
              let c = BasicExpenditureColumn.index(detail) else { return }
        let pairs: [(ThreePublicItem, [String])] = [(.travelAbroad, ["30212"]), (.vehiclePurchase, ["31013", "30913"]),
                                                    (.vehicleOperation, ["30231"]), (.reception, ["30217"])]
        for (item, codes) in pairs {
            guard let column = three.columnIndex(.threePublic(.final, item)) else { continue }
            let terms = codes.compactMap { detail.rowIndex(code: $0) }.map { IdentityTerm(detail.figure(row: $0, column: c)) }
            guard !terms.isEmpty else { continue }
            for row in ThreePublicRows.dataRows(three) {
                context.requireAtLeast(three.figure(row: row, column: column), terms)
            }
        }
    }
}
