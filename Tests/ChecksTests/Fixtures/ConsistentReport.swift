import Checks
import Report

/// A small consistent report covering tables 01–10 (every identity holds exactly), built with
/// `FixtureBuilder`. Tests change one cell and expect the rule that covers it to fire.
enum ConsistentReport {
    static func tables() -> [IndexedTable] {
        var b = FixtureBuilder()
        let summary = b.twoSidedTable(.incomeExpenditureSummary, expenditureRoles: [.amount],
            income: [(.incomeSource(.generalBudget), "100.00"), (.incomeSource(.governmentFund), "20.00"),
                     (.incomeSource(.stateCapital), ""), (.incomeSource(.superiorSubsidy), ""),
                     (.incomeSource(.business), ""), (.incomeSource(.operating), ""),
                     (.incomeSource(.subordinateRemit), ""), (.incomeSource(.other), ""),
                     (.currentYearIncomeTotal, "120.00"), (.nonFiscalBalanceUsed, ""),
                     (.carryoverBeginning, ""), (.grandTotal, "120.00")],
            expenditure: [(.expenditureCategory, "201", ["60.00"]), (.expenditureCategory, "208", ["40.00"]),
                          (.expenditureCategory, "229", ["20.00"]), (.currentYearExpenditureTotal, nil, ["120.00"]),
                          (.balanceDistribution, nil, [""]), (.carryoverEnd, nil, [""]), (.grandTotal, nil, ["120.00"])])
        let income = b.codeTable(.income, [.total, .fiscalAppropriation, .superiorSubsidy, .business, .operating, .subordinateRemit, .otherIncome], [
            "合计|120.00|120.00|||||",
            "201 一般公共服务支出|60.00|60.00|||||",
            "20101 人大事务|60.00|60.00|||||",
            "2010101 行政运行|35.00|35.00|||||",
            "2010102 一般行政管理事务|25.00|25.00|||||",
            "208 社会保障和就业支出|40.00|40.00|||||",
            "20805 行政事业单位养老支出|40.00|40.00|||||",
            "2080501 行政单位离退休|30.00|30.00|||||",
            "2080505 机关事业单位基本养老保险缴费支出|10.00|10.00|||||",
            "229 其他支出|20.00|20.00|||||",
            "22904 其他政府性基金及对应专项债务收入安排的支出|20.00|20.00|||||",
            "2290402 其他地方自行试点项目收益专项债券收入安排的支出|20.00|20.00|||||",
        ])
        let expenditure = b.codeTable(.expenditure, [.total, .basic, .project, .upperRemit, .operatingExpenditure, .subsidiaryGrant], [
            "合计|120.00|70.00|50.00|||",
            "201 一般公共服务支出|60.00|35.00|25.00|||",
            "20101 人大事务|60.00|35.00|25.00|||",
            "2010101 行政运行|35.00|35.00||||",
            "2010102 一般行政管理事务|25.00||25.00|||",
            "208 社会保障和就业支出|40.00|35.00|5.00|||",
            "20805 行政事业单位养老支出|40.00|35.00|5.00|||",
            "2080501 行政单位离退休|30.00|30.00||||",
            "2080505 机关事业单位基本养老保险缴费支出|10.00|5.00|5.00|||",
            "229 其他支出|20.00||20.00|||",
            "22904 其他政府性基金及对应专项债务收入安排的支出|20.00||20.00|||",
            "2290402 其他地方自行试点项目收益专项债券收入安排的支出|20.00||20.00|||",
        ])
        let fiscal = b.twoSidedTable(.fiscalAppropriationSummary, expenditureRoles: [.total, .generalBudget, .governmentFund, .stateCapital],
            income: [(.incomeSource(.generalBudget), "100.00"), (.incomeSource(.governmentFund), "20.00"),
                     (.incomeSource(.stateCapital), ""), (.currentYearIncomeTotal, "120.00"),
                     (.fiscalCarryoverBeginning, ""), (.carryoverFund(.generalBudget), ""),
                     (.carryoverFund(.governmentFund), ""), (.carryoverFund(.stateCapital), ""), (.grandTotal, "120.00")],
            expenditure: [(.expenditureCategory, "201", ["60.00", "60.00", "", ""]),
                          (.expenditureCategory, "208", ["40.00", "40.00", "", ""]),
                          (.expenditureCategory, "229", ["20.00", "", "20.00", ""]),
                          (.currentYearExpenditureTotal, nil, ["120.00", "100.00", "20.00", ""]),
                          (.fiscalCarryoverEnd, nil, ["", "", "", ""]),
                          (.grandTotal, nil, ["120.00", "100.00", "20.00", ""])])
        let budget = b.codeTable(.generalBudgetExpenditure, [.total, .basic, .project], [
            "合计|100.00|70.00|30.00",
            "201 一般公共服务支出|60.00|35.00|25.00",
            "20101 人大事务|60.00|35.00|25.00",
            "2010101 行政运行|35.00|35.00|",
            "2010102 一般行政管理事务|25.00||25.00",
            "208 社会保障和就业支出|40.00|35.00|5.00",
            "20805 行政事业单位养老支出|40.00|35.00|5.00",
            "2080501 行政单位离退休|30.00|30.00|",
            "2080505 机关事业单位基本养老保险缴费支出|10.00|5.00|5.00",
        ])
        let detail = b.codeTable(.generalBudgetBasicExpenditure, [.amount], [
            "301 工资福利支出|50.00",
            "30101 基本工资|30.00",
            "30102 津贴补贴|20.00",
            "303 对个人和家庭的补助|10.00",
            "30302 退休费|10.00",
            "302 商品和服务支出|10.00",
            "30201 办公费|4.00",
            "30231 公务用车运行维护费|6.00",
            "309 资本性支出（基本建设）|——",
            "30901 房屋建筑物购建|——",
            "310 资本性支出|",
            "人员经费合计|60.00",
            "公用经费合计|10.00",
        ], classification: .economic)
        let fund = b.codeTable(.governmentFund, [.carryoverBeginning, .currentYearIncome, .expenditureTotal, .basic, .project, .carryoverEnd], [
            "合计||20.00|20.00||20.00|",
            "229 其他支出||20.00|20.00||20.00|",
            "22904 其他政府性基金及对应专项债务收入安排的支出||20.00|20.00||20.00|",
            "2290402 其他地方自行试点项目收益专项债券收入安排的支出||20.00|20.00||20.00|",
        ])
        let capital = b.codeTable(.stateCapital, [.total, .basic, .project], ["合计|||"], isEmpty: true)
        var threeRoles: [ColumnRole] = []
        for phase in ThreePublicPhase.allCases {
            for item in ThreePublicItem.allCases { threeRoles.append(.threePublic(phase, item)) }
        }
        let threeColumns = threeRoles.enumerated().map { Column(index: $0.offset, label: "", role: $0.element) }
        let threeRow = b.row(role: .threePublicData, columns: threeColumns.map(\.index),
                             values: ["8.00", "", "6.00", "", "6.00", "2.00", "7.00", "", "6.00", "", "6.00", "1.00"])
        let three = IndexedTable(kind: .threePublicExpenses, columns: threeColumns, rows: [threeRow], titleRange: b.range(4))
        let infoColumns = [Column(index: 0, label: "统计数", role: .amount)]
        let infoLines: [(RowLabelRole, String)] = [(.total, "5.00"), (.procurementGoods, "3.00"), (.procurementWorks, ""),
                                                   (.procurementServices, "2.00"), (.runningCostAdministrative, "8.00"),
                                                   (.runningCostCivilServiceLike, ""), (.vehicleTotal, "3"),
                                                   (.vehicle(3), "1"), (.vehicle(4), "2"), (.highValueEquipment, "")]
        let infoRows = infoLines.map { b.row(name: $0.0.name, role: $0.0, columns: [0], values: [$0.1]) }
        let info = IndexedTable(kind: .relatedInformation, columns: infoColumns, rows: infoRows, titleRange: b.range(4))
        return [summary, income, expenditure, fiscal, budget, detail, fund, capital, three, info]
    }

    static func report() -> IndexedReport { IndexedReport(tables: tables()) }
}

/// Edits one cell of a fixture report.
enum FixtureEdit {
    /// Replaces the amount of the cell that starts at `range` in any table.
    static func replacing(_ tables: [IndexedTable], cellAt range: SourceRange, with amount: Amount) -> [IndexedTable] {
        tables.map { table in
            var rows = table.relativeRows
            for r in rows.indices {
                for c in rows[r].cells.indices where rows[r].cells[c].range.shifted(by: table.origin) == range {
                    rows[r].cells[c].value = .amount(amount)
                }
            }
            return IndexedTable(kind: table.kind, columns: table.columns, rows: rows, origin: table.origin,
                                isEmpty: table.isEmpty, titleRange: table.titleRange)
        }
    }

    /// Every written amount cell of the tables: (table kind, range, amount).
    static func amountCells(_ tables: [IndexedTable]) -> [(TableKind, SourceRange, Amount)] {
        var result: [(TableKind, SourceRange, Amount)] = []
        for table in tables {
            for row in table.rows {
                for cell in row.cells {
                    if let a = cell.amount { result.append((table.kind, cell.range, a)) }
                }
            }
        }
        return result
    }

    /// The range of the cell in `kind`'s row `code` (or labelled `role`), column `column`.
    static func cell(_ tables: [IndexedTable], _ kind: TableKind, code: String? = nil, role: RowLabelRole? = nil,
                     side: TableSide? = nil, column: ColumnRole) -> SourceRange? {
        guard let table = tables.first(where: { $0.kind == kind }) else { return nil }
        let rowIndex = code.map { table.rowIndex(code: $0) } ?? role.map { table.rowIndex($0, side: side) } ?? nil
        guard let r = rowIndex, let c = table.columnIndex(column, side: side) else { return nil }
        return table.rows[r].cell(column: c)?.range
    }
}
