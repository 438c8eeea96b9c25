import Report

/// Reading table 06: its one amount column (决算数) and its two halves.
enum BasicExpenditureColumn {
    /// The 决算数 column.
    static func index(_ table: IndexedTable) -> Int? {
        table.columnIndex(.amount) ?? table.columns.first?.index
    }

    /// 人员经费 = 301 and 303; every other 类 is 公用经费.
    static func isPersonnel(_ row: Row) -> Bool {
        guard let code = row.code?.text else { return row.group == .personnel }
        return code.hasPrefix("301") || code.hasPrefix("303")
    }
}
