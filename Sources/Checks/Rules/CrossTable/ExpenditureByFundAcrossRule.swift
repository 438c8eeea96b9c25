import Report

extension Rule {
    /// for every code and column, 03 = 05 + 07 本年支出 + 08 (when 01 shows only fiscal income);
    /// otherwise 03 ≥ 05 + 07 + 08.
    static let expenditureByFundAcrossTables = Rule(
        code: "X-13",
        title: LocalizedText(zh: "公开03表各科目等于公开05、07、08表之和",
                             en: "Each code of table 03 equals the sum of tables 05, 07 and 08"),
        formula: "公开03 每个科目及合计 的 本年支出合计/基本支出/项目支出 = 公开05 小计/基本/项目 + 公开07 本年支出 小计/基本/项目 + 公开08 合计/基本/项目（公开01 只有财政拨款收入时；否则 公开03 ≥ 三表之和）",
        tolerance: .copy,
        example: "229: 1520.00 = 20.00 + 1500.00 + 0"
    ) { context in
        guard let spending = context.table(.expenditure), let budget = context.table(.generalBudgetExpenditure) else { return }
        let fund = context.table(.governmentFund), capital = context.table(.stateCapital)
        var equal = CrossTableReading.onlyFiscalIncome(context) == true
        if fund == nil, !ExpenditureByFund.fundIncomeIsEmpty(context, .governmentFund) { equal = false }
        if capital == nil, !ExpenditureByFund.fundIncomeIsEmpty(context, .stateCapital) { equal = false }
        let columns: [(ColumnRole, ColumnRole, ColumnRole, ColumnRole)] = [(.total, .total, .expenditureTotal, .total),
                                                                           (.basic, .basic, .basic, .basic),
                                                                           (.project, .project, .project, .project)]
        var codes: [String] = []
        var seen = Set<String>()
        for table in [spending, budget, fund, capital].compactMap({ $0 }) {
            for i in table.codeRows {
                if let code = table.rowCodes[i], seen.insert(code).inserted { codes.append(code) }
            }
        }
        for (c03, c05, c07, c08) in columns where spending.columnIndex(c03) != nil {
            func check(_ subject: Figure, _ terms: [IdentityTerm]) {
                if equal {
                    context.requireCopy(subject, equals: terms,
                                        relation: terms.filter({ $0.figure.isWritten }).count > 1
                                            ? LocalizedText(zh: "公开05、07、08表之和", en: "the sum of tables 05, 07 and 08") : nil)
                } else {
                    context.requireAtLeast(subject, terms, relation: LocalizedText(zh: "公开05、07、08表之和", en: "the sum of tables 05, 07 and 08"))
                }
            }
            var totals = [IdentityTerm(budget.figure(.total, column: c05))]
            if let fund { totals.append(IdentityTerm(fund.figure(.total, column: c07))) }
            if let capital { totals.append(IdentityTerm(capital.figure(.total, column: c08))) }
            check(spending.figure(.total, column: c03), totals)
            for code in codes {
                var terms = [IdentityTerm(budget.figure(code: code, column: c05))]
                if let fund { terms.append(IdentityTerm(fund.figure(code: code, column: c07))) }
                if let capital { terms.append(IdentityTerm(capital.figure(code: code, column: c08))) }
                check(spending.figure(code: code, column: c03), terms)
            }
        }
    }
}

enum ExpenditureByFund {
    /// True when neither 01 nor 04 shows income from `fund` (so its table, if absent, contributes nothing).
    static func fundIncomeIsEmpty(_ context: RuleContext, _ fund: IncomeSource) -> Bool {
        for kind in [TableKind.incomeExpenditureSummary, .fiscalAppropriationSummary] {
            guard let t = context.table(kind) else { continue }
            if !t.figure(.incomeSource(fund), side: .income, column: .amount).isZeroOrEmpty { return false }
        }
        return true
    }
}
