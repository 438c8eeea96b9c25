import Report

extension Rule {
    /// 04 一般公共预算财政拨款 column: each 类 = 05 类 小计; 本年支出合计 = 05 合计 小计.
    static let generalBudgetAcrossTables = Rule(
        code: "X-10",
        title: LocalizedText(zh: "公开04表一般公共预算财政拨款支出与公开05表一致",
                             en: "General-budget expenditure: table 04 equals table 05"),
        formula: "公开04 一般公共预算财政拨款(3) 各类 = 公开05 同类 小计(1)（只列项时：各项之和）；本年支出合计 = 公开05 合计 小计",
        tolerance: .copy,
        example: "1835.83 = 1835.83"
    ) { context in
        guard let fiscal = context.table(.fiscalAppropriationSummary), let budget = context.table(.generalBudgetExpenditure) else { return }
        FundColumnAcross.require(context, fiscal: fiscal, fundColumn: .generalBudget, table: budget, column: .total)
    }
}

/// one fund column of 04 against the table of that fund.
enum FundColumnAcross {
    static func require(_ context: RuleContext, fiscal: IndexedTable, fundColumn: ColumnRole, table: IndexedTable, column: ColumnRole) {
        guard let cf = fiscal.columnIndex(fundColumn, side: .expenditure) else { return }
        if let totalRow = fiscal.rowIndex(.currentYearExpenditureTotal, side: .expenditure) {
            context.requireCopy(table.figure(.total, column: column), equals: [IdentityTerm(fiscal.figure(row: totalRow, column: cf))])
        }
        for (code, row) in CrossTableReading.categoryLines(fiscal) {
            CrossTableReading.requireSame(context, later: table, code: code, column: column, earlier: fiscal.figure(row: row, column: cf))
        }
    }
}
