import Report

extension Rule {
    /// T07-2: per row of 07, 年末结转和结余 = 年初结转和结余 + 本年收入 − 本年支出 小计.
    static let governmentFundBalance = Rule(
        code: "T07-2",
        title: LocalizedText(zh: "政府性基金预算财政拨款收入支出决算表：年末结转和结余等于年初加收入减支出",
                             en: "Table 07: carry-over at end equals carry-over at start plus income minus expenditure"),
        formula: "公开07 每行 年末结转和结余(6) = 年初结转和结余(1) + 本年收入(2) − 本年支出 小计(3)",
        tolerance: .sum,
        example: "229: 0 = 0 + 1500.00 − 1500.00"
    ) { context in
        guard let t = context.table(.governmentFund), let end = t.columnIndex(.carryoverEnd) else { return }
        let start = t.columnIndex(.carryoverBeginning), income = t.columnIndex(.currentYearIncome)
        let spent = t.columnIndex(.expenditureTotal)
        for i in t.rows.indices {
            var terms: [IdentityTerm] = []
            if let start { terms.append(IdentityTerm(t.figure(row: i, column: start))) }
            if let income { terms.append(IdentityTerm(t.figure(row: i, column: income))) }
            if let spent { terms.append(IdentityTerm(t.figure(row: i, column: spent), sign: -1)) }
            context.requireSum(t.figure(row: i, column: end), equals: terms,
                               relation: LocalizedText(zh: "年初结转和结余加本年收入减本年支出",
                                                       en: "carry-over at start plus income minus expenditure"))
        }
    }
}
