import Report

extension Rule {
    /// T06-2: 06 人员经费合计 = 301 + 303.
    static let basicExpenditurePersonnelTotal = Rule(
        code: "T06-2",
        title: LocalizedText(zh: "基本支出决算明细表：人员经费合计等于 301 与 303 之和",
                             en: "Table 06: personnel total equals 301 plus 303"),
        formula: "公开06 人员经费合计 = 301 工资福利支出 + 303 对个人和家庭的补助",
        tolerance: .sum,
        example: "564.59 ≈ 426.27 + 138.33 = 564.60 (±0.015)"
    ) { context in
        guard let t = context.table(.generalBudgetBasicExpenditure), let c = BasicExpenditureColumn.index(t),
              let total = t.rowIndex(.personnelTotal) else { return }
        let groups = t.topLevelCodeRows.filter { BasicExpenditureColumn.isPersonnel(t.relativeRows[$0]) }
        context.requireSum(t.figure(row: total, column: c), equals: groups.map { IdentityTerm(t.figure(row: $0, column: c)) },
                           relation: LocalizedText(zh: "301、303 两类之和", en: "301 plus 303"))
    }
}
