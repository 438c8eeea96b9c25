import XCTest
@testable import Report

/// One test per layout variant, on synthetic fixtures.
final class LayoutTests: XCTestCase {
    // MARK: TAB report (empty cells kept)

    func testTabReportFindsAllTenTablesByTitle() {
        let doc = TestSupport.parse(Fixtures.tabReport)
        XCTAssertEqual(doc.reports.count, 1)
        let kinds = doc.reports[0].tables.map(\.kind)
        XCTAssertEqual(kinds, [.incomeExpenditureSummary, .income, .expenditure, .fiscalAppropriationSummary,
                               .generalBudgetExpenditure, .generalBudgetBasicExpenditure, .governmentFund, .stateCapital,
                               .threePublicExpenses, .relatedInformation])
        XCTAssertEqual(doc.reports[0].tables.map(\.declaredNumber), Array(1...10).map { Optional($0) })
        XCTAssertTrue(doc.reports[0].tables.allSatisfy { $0.layout == .tabSeparated })
        XCTAssertEqual(doc.reports[0].department?.value, "XX市工业和信息化局")
        XCTAssertEqual(doc.reports[0].year?.value, 2024)
        XCTAssertEqual(doc.reports[0].unit, .wanYuan)
        XCTAssertTrue(doc.notes.isEmpty, "\(doc.notes)")
    }

    func testSplitMarkerUnitAndDepartmentFields() throws {
        let doc = TestSupport.parse(Fixtures.tabReport)
        let income = try table(doc, .income)
        XCTAssertEqual(income.declaredNumber, 2)
        XCTAssertEqual(income.header.unit?.value, .wanYuan)
        XCTAssertEqual(TestSupport.text(try XCTUnwrap(income.header.unit?.range), in: Fixtures.tabReport), "万\n\n元")
        XCTAssertEqual(TestSupport.text(try XCTUnwrap(income.header.declaredNumber?.range), in: Fixtures.tabReport), "公开02\n\n表")
        let expenditure = try table(doc, .expenditure)
        XCTAssertEqual(expenditure.header.department?.value, "XX市工业和信息化局")
        let stateCapital = try table(doc, .stateCapital)
        XCTAssertEqual(stateCapital.header.department?.value, "XX市工业和信息化局")   // glued `…局2024年度单位：万元`
        XCTAssertEqual(stateCapital.header.year?.value, 2024)
        XCTAssertEqual(stateCapital.header.unit?.value, .wanYuan)
        XCTAssertEqual(TestSupport.text(income.titleRange, in: Fixtures.tabReport), "收入决算表")
    }

    func testCodeTableRowsColumnsAndWrappedNames() throws {
        let doc = TestSupport.parse(Fixtures.tabReport)
        let income = try table(doc, .income)
        XCTAssertEqual(income.columns.map(\.role), [.total, .fiscalAppropriation, .superiorSubsidy, .business, .operating, .subordinateRemit, .otherIncome])
        XCTAssertEqual(income.columns.map(\.number), Array(1...7).map { Optional($0) })
        XCTAssertEqual(income.rows.count, 7)
        XCTAssertEqual(income.rows[0].labelRole, .total)
        let pension = try XCTUnwrap(TestSupport.row(income, code: "2080505"))
        XCTAssertEqual(pension.name?.written, "机关事业单位基本 养老保险缴费支出")
        XCTAssertEqual(pension.name?.normalized, "机关事业单位基本养老保险缴费支出")
        XCTAssertEqual(pension.code?.level, .item)
        XCTAssertEqual(pension.code?.parentCode, "20805")
        XCTAssertEqual(TestSupport.text(try XCTUnwrap(pension.code?.range), in: Fixtures.tabReport), "2080505")
        XCTAssertEqual(pension.reading(column: 1), .amount(Amount(parsing: "50.00")!, cellIndex: 1))
        XCTAssertEqual(pension.reading(column: 2), .blank)

        let expenditure = try table(doc, .expenditure)
        XCTAssertEqual(expenditure.columns.map(\.role), [.total, .basic, .project, .upperRemit, .operatingExpenditure, .subsidiaryGrant])
        let operation = try XCTUnwrap(TestSupport.row(expenditure, code: "2010101"))
        XCTAssertEqual(TestSupport.figures(operation, expenditure), ["total": "250.00", "basic": "150.00", "project": "100.00"])
        let cell = try XCTUnwrap(operation.cell(column: 2))
        XCTAssertEqual(TestSupport.text(cell.range, in: Fixtures.tabReport), "100.00")
        XCTAssertEqual(cell.assignment, .certain)
    }

    func testTwoSidedTablesSplitIntoIncomeAndExpenditureRows() throws {
        let doc = TestSupport.parse(Fixtures.tabReport)
        let summary = try table(doc, .incomeExpenditureSummary)
        XCTAssertEqual(summary.columns.map(\.side), [.income, .expenditure])
        XCTAssertEqual(summary.columns.map(\.number), [1, 2])
        let income = summary.rows.filter { $0.side == .income }
        let expenditure = summary.rows.filter { $0.side == .expenditure }
        XCTAssertEqual(income.count, 9)
        XCTAssertEqual(expenditure.count, 9)
        XCTAssertEqual(summary.row(.currentYearIncomeTotal)?.number?.value, 27)
        XCTAssertEqual(summary.row(.currentYearIncomeTotal)?.cells.first?.amount, Amount(parsing: "300.00"))
        XCTAssertEqual(summary.row(.grandTotal, side: .expenditure)?.number?.value, 62)
        XCTAssertEqual(summary.row(.incomeSource(.generalBudget))?.cells.first?.amount, Amount(parsing: "300.00"))
        let general = try XCTUnwrap(summary.rows.first { $0.categoryCode == "201" })
        XCTAssertEqual(general.labelRole, .expenditureCategory)
        XCTAssertEqual(general.side, .expenditure)
        XCTAssertEqual(general.number?.value, 32)
        XCTAssertEqual(summary.rows.first { $0.categoryCode == "208" }?.cells.first?.amount, Amount(parsing: "50.00"))
        // the blank line inside the grid (page break) is skipped: 行次 9 is still read
        XCTAssertNotNil(summary.rows.first { $0.side == .income && $0.number?.value == 9 })

        let fiscal = try table(doc, .fiscalAppropriationSummary)
        XCTAssertEqual(fiscal.columns.map(\.role), [.amount, .total, .generalBudget, .governmentFund, .stateCapital])
        let total = try XCTUnwrap(fiscal.row(.currentYearExpenditureTotal))
        XCTAssertEqual(TestSupport.figures(total, fiscal), ["total": "300.00", "generalBudget": "300.00"])
        XCTAssertEqual(fiscal.row(.carryoverFund(.generalBudget))?.number?.value, 29)
        XCTAssertEqual(fiscal.row(.fiscalCarryoverBeginning)?.side, .income)
    }

    func testBasicExpenditureDetailFlattensGroupsAndReadsTotalsByLabel() throws {
        let doc = TestSupport.parse(Fixtures.tabReport)
        let detail = try table(doc, .generalBudgetBasicExpenditure)
        let codes = detail.rows.compactMap { $0.code?.text }
        XCTAssertEqual(codes, ["301", "302", "309", "31011", "30101", "30201", "30901", "399", "303", "30299", "310", "39999", "30231", "31001"])
        let detailRow = try XCTUnwrap(TestSupport.row(detail, code: "30101"))
        XCTAssertEqual(detailRow.group, .personnel)
        XCTAssertEqual(detailRow.code?.classification, .economic)
        XCTAssertEqual(detailRow.columnGroup, 0)
        XCTAssertEqual(TestSupport.row(detail, code: "30201")?.group, .publicUse)
        XCTAssertEqual(TestSupport.row(detail, code: "30901")?.cells.first?.value, .notApplicable)
        XCTAssertEqual(TestSupport.row(detail, code: "31001")?.cells.first?.value, .notApplicable)
        XCTAssertEqual(TestSupport.row(detail, code: "31011")?.cells.first?.value, .blank)
        XCTAssertEqual(detail.row(.personnelTotal)?.cells.first?.amount, Amount(parsing: "150.00"))
        XCTAssertEqual(detail.row(.publicTotal)?.cells.first?.amount, Amount(parsing: "50.00"))
    }

    func testEmptyTablesThreePublicAndStatistics() throws {
        let doc = TestSupport.parse(Fixtures.tabReport)
        let fund = try table(doc, .governmentFund)
        XCTAssertTrue(fund.isEmpty)
        XCTAssertEqual(TestSupport.text(try XCTUnwrap(fund.emptyNoteRange), in: Fixtures.tabReport), "说明：本表无数据")
        XCTAssertEqual(fund.columns.map(\.role), [.carryoverBeginning, .currentYearIncome, .expenditureTotal, .basic, .project, .carryoverEnd])
        XCTAssertFalse(try table(doc, .income).isEmpty)

        let three = try table(doc, .threePublicExpenses)
        XCTAssertEqual(three.columns.count, 12)
        XCTAssertEqual(three.rows.count, 1)
        let data = three.rows[0]
        XCTAssertEqual(data.labelRole, .threePublicData)
        XCTAssertEqual(TestSupport.figures(data, three), [
            "threePublic.budget.total": "2.00", "threePublic.budget.vehicleSubtotal": "2.00", "threePublic.budget.vehicleOperation": "2.00",
            "threePublic.final.total": "1.50", "threePublic.final.vehicleSubtotal": "1.50", "threePublic.final.vehicleOperation": "1.50",
        ])

        let info = try table(doc, .relatedInformation)
        XCTAssertEqual(info.rows.map { $0.number?.value }, [1, 2, 3, 4, 5, 7, 8, 11, 17])
        XCTAssertEqual(info.row(.total)?.cells.first?.amount, Amount(parsing: "10.00"))
        XCTAssertEqual(info.row(.vehicleTotal)?.cells.first?.amount, Amount(2))
        XCTAssertEqual(info.row(.vehicle(4))?.cells.first?.amount, Amount(2))
        XCTAssertEqual(info.row(.runningCostAdministrative)?.cells.first?.amount, Amount(parsing: "50.00"))
        XCTAssertNotNil(info.row(.highValueEquipment))
    }

    func testNarrativeRegionsCoverTheTextBetweenTables() {
        let doc = TestSupport.parse(Fixtures.tabReport)
        let regions = doc.reports[0].narrativeRegions
        XCTAssertEqual(regions.map(\.partNumber), [nil, 1, 2, 3, 4])
        XCTAssertTrue(TestSupport.text(regions[3].range, in: Fixtures.tabReport).hasPrefix("第三部分 情况说明"))
        // tables and regions tile the report without overlap
        var pieces = doc.reports[0].tables.map(\.range) + regions.map(\.range)
        pieces.sort()
        for (a, b) in zip(pieces, pieces.dropFirst()) { XCTAssertLessThanOrEqual(a.end, b.start) }
    }

    // MARK: Markdown, pipe and HTML

    func testMarkdownHeadingsBoldAndSeparatorRows() throws {
        let doc = TestSupport.parse(Fixtures.markdownBold)
        let t = try table(doc, .generalBudgetExpenditure)
        XCTAssertEqual(t.title, "一般公共预算财政拨款支出决算表")
        XCTAssertEqual(t.header.unit?.value, .wanYuan)
        XCTAssertEqual(t.rows.count, 4)
        let total = try XCTUnwrap(t.row(.total))
        XCTAssertEqual(TestSupport.figures(total, t), ["total": "1200.50", "basic": "200.50", "project": "1000.00"])
        XCTAssertEqual(TestSupport.text(try XCTUnwrap(total.cell(column: 0)).range, in: Fixtures.markdownBold), "1,200.50")
        XCTAssertEqual(TestSupport.row(t, code: "216")?.name?.normalized, "商业服务业等支出")
        XCTAssertEqual(TestSupport.row(t, code: "2160201")?.cell(column: 0)?.amount, Amount(parsing: "200.50"))   // full-width digits
        XCTAssertTrue(t.notes.isEmpty, "\(t.notes)")
    }

    func testPipeTable() throws {
        let doc = TestSupport.parse(Fixtures.pipeTable)
        let t = try table(doc, .generalBudgetExpenditure)
        XCTAssertEqual(t.layout, .pipe)
        XCTAssertEqual(t.columns.map(\.number), [1, 2, 3])
        XCTAssertEqual(t.rows.count, 4)
        XCTAssertEqual(TestSupport.figures(try XCTUnwrap(TestSupport.row(t, code: "2010199")), t), ["total": "100.00", "project": "100.00"])
        XCTAssertEqual(TestSupport.row(t, code: "2010101")?.reading(column: 2), .blank)
    }

    func testHTMLTable() throws {
        let doc = TestSupport.parse(Fixtures.htmlTable)
        let t = try table(doc, .expenditure)
        XCTAssertEqual(t.layout, .html)
        XCTAssertEqual(t.columns.map(\.role), [.total, .basic, .project, .upperRemit, .operatingExpenditure, .subsidiaryGrant])
        XCTAssertEqual(t.rows.count, 2)
        XCTAssertEqual(TestSupport.figures(try XCTUnwrap(t.row(.total)), t), ["total": "300.00", "basic": "200.00", "project": "100.00"])
        let row = try XCTUnwrap(TestSupport.row(t, code: "201"))
        XCTAssertEqual(TestSupport.text(try XCTUnwrap(row.cell(column: 0)).range, in: Fixtures.htmlTable), "300.00")
    }

    // MARK: Space-separated (PDF text)

    func testSpaceSeparatedCodeTablesRecoverColumns() throws {
        let doc = TestSupport.parse(Fixtures.spaceSeparated)
        let kinds = doc.reports[0].tables.map(\.kind)
        XCTAssertEqual(kinds, [.incomeExpenditureSummary, .income, .expenditure, .fiscalAppropriationSummary,
                               .generalBudgetExpenditure, .generalBudgetBasicExpenditure, .threePublicExpenses])
        let gb = try table(doc, .generalBudgetExpenditure)
        XCTAssertEqual(gb.layout, .spaceSeparated)
        XCTAssertEqual(gb.row(.total)?.cells.map(\.assignment), [.certain, .certain, .certain])
        // subset sum against the 合计 row: only 2060302 can make 项目支出 = 100.00
        let research = try XCTUnwrap(TestSupport.row(gb, code: "2060302"))
        XCTAssertEqual(research.cells[1].column, gb.columnIndex(.project))
        XCTAssertEqual(research.cells[1].assignment, .inferred)
        XCTAssertEqual(TestSupport.row(gb, code: "2010101")?.cells[1].column, gb.columnIndex(.basic))
        let pension = try XCTUnwrap(TestSupport.row(gb, code: "2080505"))
        XCTAssertEqual(pension.name?.written, "机关事业单位基本养老保险缴费支出")
        XCTAssertEqual(pension.cells[1].column, gb.columnIndex(.basic))

        // 03 takes the same assignment from 05; its 合计 row stays undecided (cannot be reconciled)
        let ex = try table(doc, .expenditure)
        XCTAssertEqual(TestSupport.row(ex, code: "2060302")?.cells[1].column, ex.columnIndex(.project))
        XCTAssertEqual(TestSupport.row(ex, code: "2060302")?.name?.normalized, "社会公益研究")
        XCTAssertEqual(TestSupport.row(ex, code: "2010101")?.cells[1].column, ex.columnIndex(.basic))
        let exTotal = try XCTUnwrap(ex.row(.total))
        XCTAssertTrue(exTotal.cells[1].isAmbiguous)
        XCTAssertEqual(exTotal.reading(column: try XCTUnwrap(ex.columnIndex(.basic))), .undetermined)
        XCTAssertTrue(ex.notes.contains { $0.code == .ambiguousColumn })

        // 02: 01 shows only 财政拨款 income
        let income = try table(doc, .income)
        XCTAssertEqual(income.rows.count, 4)
        XCTAssertTrue(income.rows.allSatisfy { $0.cells[1].column == income.columnIndex(.fiscalAppropriation) && $0.cells[1].assignment == .inferred })
    }

    func testSpaceSeparatedTwoSidedTablesWithWrappedLabels() throws {
        let doc = TestSupport.parse(Fixtures.spaceSeparated)
        let summary = try table(doc, .incomeExpenditureSummary)
        let social = try XCTUnwrap(summary.rows.first { $0.categoryCode == "208" })
        XCTAssertEqual(social.name?.written, "八、社会保障和就业支出")
        XCTAssertEqual(social.number?.value, 28)
        XCTAssertEqual(social.cells.first?.amount, Amount(parsing: "20.00"))
        XCTAssertEqual(summary.rows.first { $0.side == .income && $0.number?.value == 5 }?.cells.count, 0)
        XCTAssertEqual(summary.row(.currentYearExpenditureTotal)?.number?.value, 39)
        XCTAssertEqual(summary.row(.grandTotal, side: .income)?.cells.first?.amount, Amount(parsing: "300.00"))
        XCTAssertNotNil(summary.rows.first { $0.name?.written == "......" && $0.number?.value == 34 })

        let fiscal = try table(doc, .fiscalAppropriationSummary)
        let science = try XCTUnwrap(fiscal.rows.first { $0.categoryCode == "206" })
        XCTAssertEqual(science.number?.value, 31)
        XCTAssertEqual(science.cells.map(\.column), [fiscal.columnIndex(.total), fiscal.columnIndex(.generalBudget)])
        XCTAssertEqual(science.cells[1].assignment, .inferred)   // only 一般公共预算 has income
    }

    func testSpaceSeparatedDetailAndThreePublic() throws {
        let doc = TestSupport.parse(Fixtures.spaceSeparated)
        let detail = try table(doc, .generalBudgetBasicExpenditure)
        XCTAssertEqual(detail.rows.compactMap { $0.code?.text }, ["301", "302", "310", "30101", "30201", "31002", "30102", "30239", "31099"])
        XCTAssertEqual(TestSupport.row(detail, code: "30101")?.cells.count, 0)           // figure vanished: blank
        XCTAssertEqual(TestSupport.row(detail, code: "30201")?.cells.first?.amount, Amount(parsing: "20.00"))
        XCTAssertEqual(TestSupport.row(detail, code: "30102")?.name?.written, "津贴补贴")
        XCTAssertEqual(TestSupport.row(detail, code: "30102")?.cells.first?.amount, Amount(parsing: "180.00"))
        XCTAssertEqual(detail.row(.publicTotal)?.cells.first?.amount, Amount(parsing: "20.00"))
        let three = try table(doc, .threePublicExpenses)
        XCTAssertEqual(three.rows.first?.cells.count, 12)
        XCTAssertEqual(three.rows.first?.cells[0].amount, Amount(parsing: "0.5"))
        XCTAssertEqual(three.rows.first?.cells[0].amount?.decimals, 1)
        XCTAssertEqual(three.rows.first?.cells.allSatisfy { $0.assignment == .certain }, true)
    }

    // MARK: Other templates

    func testYuanTemplateWithoutRowNumbersInAnotherOrder() throws {
        let doc = TestSupport.parse(Fixtures.yuanTemplate)
        XCTAssertEqual(doc.reports.first?.tables.map(\.kind), [.generalBudgetExpenditure, .incomeExpenditureSummary, .generalBudgetBasicExpenditure])
        let summary = try table(doc, .incomeExpenditureSummary)
        XCTAssertEqual(summary.header.unit?.value, .yuan)
        let income = try XCTUnwrap(summary.row(.currentYearIncomeTotal))
        XCTAssertNil(income.number)
        XCTAssertEqual(income.cells.first?.amount, Amount(parsing: "3000000.00"))
        XCTAssertEqual(summary.row(.currentYearExpenditureTotal)?.cells.first?.amount, Amount(parsing: "3000000.00"))
        let gb = try table(doc, .generalBudgetExpenditure)
        XCTAssertEqual(gb.columns.map(\.role), [.total, .basic, .project])
        XCTAssertEqual(TestSupport.figures(try XCTUnwrap(gb.row(.total)), gb)["basic"], "2000000.00")
        let detail = try table(doc, .generalBudgetBasicExpenditure)
        XCTAssertEqual(detail.rows.compactMap { $0.code?.text }, ["301", "302"])
        XCTAssertEqual(detail.row(.publicTotal)?.cells.first?.amount, Amount(parsing: "500000.00"))
    }

    func testNotAReportYieldsAnEmptyModel() {
        XCTAssertFalse(TestSupport.parse(Fixtures.readme).isReport)
        XCTAssertFalse(TestSupport.parse("").isReport)
        XCTAssertFalse(TestSupport.parse("Dear colleague,\n\nplease find the figures attached.\n").isReport)
    }

    func testVolumeSplitsIntoReports() {
        let doc = TestSupport.parse(Fixtures.volume)
        XCTAssertEqual(doc.reports.count, 2)
        XCTAssertEqual(doc.reports.map { $0.department?.value }, ["XX市工业和信息化局", "YY县工业和信息化局"])
        XCTAssertEqual(doc.reports.map(\.tables.count), [10, 10])
        XCTAssertLessThanOrEqual(doc.reports[0].range.end, doc.reports[1].range.start)
        XCTAssertEqual(doc.reports[1].table(.income)?.row(.total)?.cells.first?.amount, Amount(parsing: "400.00"))
    }
}

/// Cell text wrapped onto the following TAB line.
final class WrappedCellTests: XCTestCase {
    func testTabNameContinuedOnTheNextLine() throws {
        let text = """
        支出决算表

        科目代码\t科目名称\t本年支出合计\t基本支出\t项目支出\t上缴上级支出\t经营支出\t对附属单位补助支出
        栏次\t\t1\t2\t3\t4\t5\t6
        合计\t\t50.00\t50.00\t\t\t\t
        2080505\t机关事业单位基本养老保\t50.00\t50.00\t\t\t\t
        \t险缴费支出\t\t\t\t\t\t
        """
        let doc = TestSupport.parse(text)
        let t = try table(doc, .expenditure)
        XCTAssertEqual(t.rows.count, 2)
        let row = try XCTUnwrap(TestSupport.row(t, code: "2080505"))
        XCTAssertEqual(row.name?.normalized, "机关事业单位基本养老保险缴费支出")
        XCTAssertEqual(TestSupport.text(try XCTUnwrap(row.name?.range), in: text), "机关事业单位基本养老保\t50.00\t50.00\t\t\t\t\n\t险缴费支出")
        XCTAssertEqual(TestSupport.figures(row, t), ["total": "50.00", "basic": "50.00"])
    }
}
