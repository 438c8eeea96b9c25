import Report

/// Shared readings for cross-table rules.
enum CrossTableReading {
    /// The figure of function code `code` in `column`: the code's own row, or, when the table does not
    /// list that code (003 lists only 项), the sum of its written descendants. Empty when neither exists.
    static func terms(_ table: IndexedTable, code: String, column: ColumnRole) -> [IdentityTerm] {
        guard let c = table.columnIndex(column) else { return [] }
        if let r = table.rowIndex(code: code) { return [IdentityTerm(table.figure(row: r, column: c))] }
        return table.rowsSumming(toCode: code).map { IdentityTerm(table.figure(row: $0, column: c)) }
    }

    /// Function code `code` of `later` (its row, or Σ its descendants) must equal `earlier`. The finding
    /// points at the later table's cell; at the earlier one when the later table computes a sum or lacks the code.
    static func requireSame(_ context: RuleContext, later table: IndexedTable, code: String, column: ColumnRole,
                            earlier: Figure) {
        let later = terms(table, code: code, column: column)
        if later.count == 1 {
            context.requireCopy(later[0].figure, equals: [IdentityTerm(earlier)])
        } else if !later.isEmpty {
            context.requireCopy(earlier, equals: later,
                                relation: LocalizedText(zh: "\(table.tableLabel.zh) \(code) 下级科目之和",
                                                        en: "the sum of \(code)'s sub-items in \(table.tableLabel.en)"))
        } else if table.columnIndex(column) != nil {
            context.requireCopy(earlier, equals: [],
                                relation: LocalizedText(zh: "\(table.tableLabel.zh)（未列 \(code)）",
                                                        en: "\(table.tableLabel.en) (no row \(code))"))
        }
    }

    /// The 支出 类 lines of a two-sided table by their 类 code, first line per code.
    static func categoryLines(_ table: IndexedTable) -> [(code: String, row: Int)] { table.categoryLines }

    /// True when table 01 shows income only from the three fiscal funds (行次4–8 and 使用非财政拨款结余 empty):
    /// then 03 = 05 + 07 + 08 and 04 类 = 01 类. Nil when 01 is absent or undecidable.
    static func onlyFiscalIncome(_ context: RuleContext) -> Bool? {
        guard let t = context.table(.incomeExpenditureSummary) else { return nil }
        let others: [RowLabelRole] = [.incomeSource(.superiorSubsidy), .incomeSource(.business), .incomeSource(.operating),
                                      .incomeSource(.subordinateRemit), .incomeSource(.other), .nonFiscalBalanceUsed]
        for role in others {
            let f = t.figure(role, side: .income, column: .amount)
            if f.isUndetermined { return nil }
            if !f.isZeroOrEmpty { return false }
        }
        return true
    }

    /// True when 01 shows no balance carried in or out and no non-fiscal balance used (02 rows = 03 rows then).
    static func noCarryover(_ context: RuleContext) -> Bool? {
        guard let t = context.table(.incomeExpenditureSummary) else { return nil }
        let lines: [(RowLabelRole, TableSide)] = [(.nonFiscalBalanceUsed, .income), (.carryoverBeginning, .income),
                                                  (.carryoverEnd, .expenditure), (.balanceDistribution, .expenditure)]
        for (role, side) in lines {
            let f = t.figure(role, side: side, column: .amount)
            if f.isUndetermined { return nil }
            if !f.isZeroOrEmpty { return false }
        }
        return true
    }
}
