import Report

extension Rule {
    /// 02 row 本年收入合计 = 03 row 本年支出合计 for the same code (when 01 shows no balances).
    static let incomeExpenditureRowsAcrossTables = Rule(
        code: "X-06",
        title: LocalizedText(zh: "公开02表与公开03表同一科目的合计一致（无结转结余时）",
                             en: "Same code: table 02's income equals table 03's expenditure (when there is no carry-over)"),
        formula: "公开02 科目行 本年收入合计(1) = 公开03 同一科目 本年支出合计(1)（公开01 使用非财政拨款结余、年初/年末结转和结余、结余分配均为空时）",
        tolerance: .copy,
        example: "2010401: 137.36 = 137.36"
    ) { context in
        guard CrossTableReading.noCarryover(context) == true, let income = context.table(.income),
              let spending = context.table(.expenditure),
              let ci = income.columnIndex(.total), let cs = spending.columnIndex(.total) else { return }
        if let ti = income.rowIndex(.total), let ts = spending.rowIndex(.total) {
            context.requireCopy(spending.figure(row: ts, column: cs), equals: [IdentityTerm(income.figure(row: ti, column: ci))])
        }
        for i in spending.codeRows {
            guard let code = spending.rowCodes[i] else { continue }
            context.requireCopy(spending.figure(row: i, column: cs), equals: [IdentityTerm(income.figure(code: code, column: .total))])
        }
        for i in income.codeRows {
            guard let code = income.rowCodes[i], spending.rowIndex(code: code) == nil else { continue }
            context.requireCopy(spending.figure(code: code, column: .total), equals: [IdentityTerm(income.figure(row: i, column: ci))])
        }
    }
}
