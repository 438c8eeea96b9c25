import Report

extension Rule {
    /// T06-3: 06 公用经费合计 = 302 + 307 + 310 + 312 + 313 + 399 (+ 309 + 311 where used).
    static let basicExpenditurePublicTotal = Rule(
        code: "T06-3",
        title: LocalizedText(zh: "基本支出决算明细表：公用经费合计等于公用经费各类之和",
                             en: "Table 06: public-use total equals the sum of the non-personnel 类"),
        formula: "公开06 公用经费合计 = 302 + 307 + 310 + 312 + 313 + 399（+ 309 + 311）",
        tolerance: .sum,
        example: "19.11 = 19.11 + 0 + …"
    ) { context in
        guard let t = context.table(.generalBudgetBasicExpenditure), let c = BasicExpenditureColumn.index(t),
              let total = t.rowIndex(.publicTotal) else { return }
        let groups = t.topLevelCodeRows.filter { !BasicExpenditureColumn.isPersonnel(t.relativeRows[$0]) }
        context.requireSum(t.figure(row: total, column: c), equals: groups.map { IdentityTerm(t.figure(row: $0, column: c)) },
                           relation: LocalizedText(zh: "公用经费各类之和", en: "the sum of the public-use 类"))
    }
}
