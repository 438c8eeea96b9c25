import XCTest
@testable import Checks
import Report

/// One test per rule: change one cell of the consistent fixture and expect that rule to report it.
final class RuleFiringTests: XCTestCase {
    private struct Target {
        var kind: TableKind
        var code: String? = nil
        var role: RowLabelRole? = nil
        var side: TableSide? = nil
        var column: ColumnRole
    }

    /// Sets the cell `target` to `value` and asserts that rule `code` reports at `expected` (default: that cell)
    /// with `severity`; returns the finding.
    @discardableResult
    private func assertFires(_ code: String, set target: Target, to value: String, at expected: Target? = nil,
                             severity: Severity = .error, file: StaticString = #filePath, line: UInt = #line) -> Finding? {
        let tables = ConsistentReport.tables()
        guard let range = FixtureEdit.cell(tables, target.kind, code: target.code, role: target.role, side: target.side, column: target.column),
              let amount = Amount(parsing: value) else {
            XCTFail("no such fixture cell", file: file, line: line)
            return nil
        }
        let mutated = FixtureEdit.replacing(tables, cellAt: range, with: amount)
        let result = Checker().check(IndexedReport(tables: mutated))
        let expectedRange = expected.flatMap { FixtureEdit.cell(tables, $0.kind, code: $0.code, role: $0.role, side: $0.side, column: $0.column) } ?? range
        let hits = result.findings.filter { $0.code == code }
        guard let finding = hits.first(where: { $0.range == expectedRange }) else {
            XCTFail("\(code) did not report at the cell; findings: \(result.findings.map { "\($0.code)@\($0.range) \($0.message.zh)" })", file: file, line: line)
            return nil
        }
        XCTAssertEqual(finding.severity, severity, file: file, line: line)
        return finding
    }

    // MARK: Table 01

    func testT01_1IncomeTotal() {
        assertFires("T01-1", set: Target(kind: .incomeExpenditureSummary, role: .currentYearIncomeTotal, side: .income, column: .amount), to: "121.00")
    }

    func testT01_2ExpenditureTotal() {
        let f = assertFires("T01-2", set: Target(kind: .incomeExpenditureSummary, role: .currentYearExpenditureTotal, side: .expenditure, column: .amount), to: "120.10")
        XCTAssertEqual(f?.related.count, 3)
        XCTAssertEqual(f?.fixes.first?.replacements.first?.newText, "120.00")
    }

    func testT01_3IncomeGrandTotal() {
        assertFires("T01-3", set: Target(kind: .incomeExpenditureSummary, role: .grandTotal, side: .income, column: .amount), to: "130.00")
    }

    func testT01_4ExpenditureGrandTotal() {
        assertFires("T01-4", set: Target(kind: .incomeExpenditureSummary, role: .grandTotal, side: .expenditure, column: .amount), to: "119.00")
    }

    func testT01_5BalancedTotalsWarnsOnOneCent() {
        let tables = ConsistentReport.tables()
        // Both grand totals move: T01-3/T01-4 see 0.01 (within 0.02), T01-5 sees a copy off by 0.01.
        var mutated = tables
        for (role, side, value) in [(RowLabelRole.grandTotal, TableSide.expenditure, "120.01")] {
            let r = FixtureEdit.cell(mutated, .incomeExpenditureSummary, role: role, side: side, column: .amount)!
            mutated = FixtureEdit.replacing(mutated, cellAt: r, with: Amount(parsing: value)!)
        }
        let findings = Checker().check(IndexedReport(tables: mutated)).findings
        XCTAssertEqual(findings.filter { $0.code == "T01-5" }.map(\.severity), [.warning])
    }

    // MARK: Tables 02, 03, 05

    func testT02_1IncomeRow() {
        assertFires("T02-1", set: Target(kind: .income, code: "2010101", column: .total), to: "36.00")
    }

    func testT02_2IncomeHierarchy() {
        let f = assertFires("T02-2", set: Target(kind: .income, code: "20101", column: .fiscalAppropriation), to: "61.00")
        XCTAssertEqual(f?.message.zh, "20101 人大事务（财政拨款收入）61.00 与下级科目之和 60.00 不符（差 1.00，容差 0.015）")
        XCTAssertEqual(f?.message.en, "20101 人大事务 (fiscal appropriation) 61.00 does not match the sum of its sub-items 60.00 (difference 1.00, tolerance 0.015)")
    }

    func testT02_3IncomeTotalRow() {
        assertFires("T02-3", set: Target(kind: .income, role: .total, column: .fiscalAppropriation), to: "100.00")
    }

    func testT03_1ExpenditureRow() {
        assertFires("T03-1", set: Target(kind: .expenditure, code: "2080505", column: .total), to: "10.10")
    }

    func testT03_2ExpenditureHierarchy() {
        assertFires("T03-2", set: Target(kind: .expenditure, code: "208", column: .basic), to: "53.00")
    }

    func testT03_3ExpenditureTotalRow() {
        assertFires("T03-3", set: Target(kind: .expenditure, role: .total, column: .project), to: "5.00")
    }

    func testT05_1GeneralBudgetRow() {
        assertFires("T05-1", set: Target(kind: .generalBudgetExpenditure, code: "201", column: .total), to: "59.00")
    }

    func testT05_2GeneralBudgetHierarchy() {
        assertFires("T05-2", set: Target(kind: .generalBudgetExpenditure, code: "20805", column: .project), to: "5.10")
    }

    func testT05_3GeneralBudgetTotalRow() {
        assertFires("T05-3", set: Target(kind: .generalBudgetExpenditure, role: .total, column: .basic), to: "70.20")
    }

    // MARK: Table 04

    func testT04_1FiscalIncomeTotal() {
        assertFires("T04-1", set: Target(kind: .fiscalAppropriationSummary, role: .currentYearIncomeTotal, side: .income, column: .amount), to: "100.00")
    }

    func testT04_2FiscalCarryoverBeginning() {
        assertFires("T04-2", set: Target(kind: .fiscalAppropriationSummary, role: .carryoverFund(.generalBudget), side: .income, column: .amount),
                    to: "5.00", at: Target(kind: .fiscalAppropriationSummary, role: .fiscalCarryoverBeginning, side: .income, column: .amount))
    }

    func testT04_3FiscalIncomeGrandTotal() {
        assertFires("T04-3", set: Target(kind: .fiscalAppropriationSummary, role: .grandTotal, side: .income, column: .amount), to: "120.50")
    }

    func testT04_4FiscalExpenditureRow() {
        assertFires("T04-4", set: Target(kind: .fiscalAppropriationSummary, role: .currentYearExpenditureTotal, side: .expenditure, column: .total), to: "121.00")
    }

    func testT04_5FiscalExpenditureTotal() {
        assertFires("T04-5", set: Target(kind: .fiscalAppropriationSummary, role: .currentYearExpenditureTotal, side: .expenditure, column: .governmentFund), to: "21.00")
    }

    func testT04_6FiscalExpenditureGrandTotal() {
        assertFires("T04-6", set: Target(kind: .fiscalAppropriationSummary, role: .grandTotal, side: .expenditure, column: .generalBudget), to: "101.00")
    }

    func testT04_7FiscalBalanced() {
        assertFires("T04-7", set: Target(kind: .fiscalAppropriationSummary, role: .grandTotal, side: .expenditure, column: .total), to: "125.00")
    }

    // MARK: Table 06

    func testT06_1EconomicGroup() {
        assertFires("T06-1", set: Target(kind: .generalBudgetBasicExpenditure, code: "301", column: .amount), to: "50.10")
    }

    func testT06_2PersonnelTotal() {
        assertFires("T06-2", set: Target(kind: .generalBudgetBasicExpenditure, role: .personnelTotal, column: .amount), to: "61.00")
    }

    func testT06_3PublicTotal() {
        assertFires("T06-3", set: Target(kind: .generalBudgetBasicExpenditure, role: .publicTotal, column: .amount), to: "11.00")
    }

    func testT06_4NotApplicableStaysEmpty() {
        let f = assertFires("T06-4", set: Target(kind: .generalBudgetBasicExpenditure, code: "30901", column: .amount), to: "3.00")
        XCTAssertEqual(f?.fixes.first?.replacements.first?.newText, "")
    }

    // MARK: Tables 07, 08

    func testT07_1GovernmentFundRow() {
        assertFires("T07-1", set: Target(kind: .governmentFund, code: "2290402", column: .expenditureTotal), to: "21.00",
                    at: Target(kind: .governmentFund, code: "2290402", column: .expenditureTotal))
    }

    func testT07_2GovernmentFundBalance() {
        assertFires("T07-2", set: Target(kind: .governmentFund, code: "22904", column: .currentYearIncome), to: "25.00",
                    at: Target(kind: .governmentFund, code: "22904", column: .carryoverEnd))
    }

    func testT07_3GovernmentFundColumns() {
        assertFires("T07-3", set: Target(kind: .governmentFund, role: .total, column: .project), to: "19.00")
    }

    func testT08_1StateCapitalRow() {
        assertFires("T08-1", set: Target(kind: .stateCapital, role: .total, column: .total), to: "5.00")
    }

    func testT08_2StateCapitalColumns() {
        let tables = ConsistentReport.tables()
        var b = FixtureBuilder()
        let capital = b.codeTable(.stateCapital, [.total, .basic, .project], ["合计|50.00||50.00", "223 国有资本经营预算支出|40.00||40.00"])
        let result = Checker(rules: [.stateCapitalColumnsAddUp]).check(IndexedReport(tables: [capital] + tables))
        XCTAssertEqual(result.findings.map(\.code), ["T08-2", "T08-2"])
    }

    // MARK: Tables 09, 10

    func testT09_1ThreePublicTotal() {
        assertFires("T09-1", set: Target(kind: .threePublicExpenses, role: .threePublicData, column: .threePublic(.final, .total)), to: "7.10")
    }

    func testT09_2ThreePublicVehicles() {
        assertFires("T09-2", set: Target(kind: .threePublicExpenses, role: .threePublicData, column: .threePublic(.budget, .vehicleSubtotal)), to: "5.00")
    }

    func testT10_1Procurement() {
        assertFires("T10-1", set: Target(kind: .relatedInformation, role: .total, column: .amount), to: "6.00")
    }

    func testT10_2VehicleCountIsExact() {
        assertFires("T10-2", set: Target(kind: .relatedInformation, role: .vehicleTotal, column: .amount), to: "4")
    }

    // MARK: Cross-table

    func testX01IncomeTotal() {
        assertFires("X-01", set: Target(kind: .income, role: .total, column: .total), to: "121.00")
    }

    func testX02FiscalIncome() {
        assertFires("X-02", set: Target(kind: .income, role: .total, column: .fiscalAppropriation), to: "121.00")
    }

    func testX03OtherIncome() {
        assertFires("X-03", set: Target(kind: .income, role: .total, column: .business), to: "3.00")
    }

    func testX04ExpenditureTotal() {
        assertFires("X-04", set: Target(kind: .expenditure, role: .total, column: .total), to: "121.00")
    }

    func testX05Category() {
        let tables = ConsistentReport.tables()
        let spending = tables.first { $0.kind == .expenditure }!
        let range = spending.rows[spending.rowIndex(code: "201")!].cell(column: 0)!.range
        let result = Checker().check(IndexedReport(tables: FixtureEdit.replacing(tables, cellAt: range, with: Amount(parsing: "61.00")!)))
        XCTAssertTrue(result.findings.contains { $0.code == "X-05" && $0.range == range && $0.related.count == 1 })
    }

    func testX06IncomeVersusExpenditureRow() {
        let f = assertFires("X-06", set: Target(kind: .expenditure, code: "2010101", column: .total), to: "35.01", severity: .warning)
        XCTAssertEqual(f?.related.count, 1)
    }

    func testX07FundIncome() {
        assertFires("X-07", set: Target(kind: .fiscalAppropriationSummary, role: .incomeSource(.governmentFund), side: .income, column: .amount), to: "21.00")
    }

    func testX08FiscalCarryover() {
        assertFires("X-08", set: Target(kind: .fiscalAppropriationSummary, role: .fiscalCarryoverBeginning, side: .income, column: .amount), to: "3.00")
    }

    func testX09FiscalCategory() {
        let tables = ConsistentReport.tables()
        let fiscal = tables.first { $0.kind == .fiscalAppropriationSummary }!
        let row = fiscal.rows.firstIndex { $0.categoryCode == "208" }!
        let range = fiscal.rows[row].cell(column: 1)!.range
        let result = Checker().check(IndexedReport(tables: FixtureEdit.replacing(tables, cellAt: range, with: Amount(parsing: "41.00")!)))
        XCTAssertTrue(result.findings.contains { $0.code == "X-09" && $0.range == range })
    }

    func testX10GeneralBudget() {
        assertFires("X-10", set: Target(kind: .generalBudgetExpenditure, code: "208", column: .total), to: "41.00")
    }

    func testX11GovernmentFund() {
        assertFires("X-11", set: Target(kind: .governmentFund, role: .total, column: .currentYearIncome), to: "21.00")
    }

    func testX12StateCapital() {
        assertFires("X-12", set: Target(kind: .stateCapital, role: .total, column: .total), to: "5.00")
    }

    func testX13ExpenditureByFund() {
        assertFires("X-13", set: Target(kind: .expenditure, code: "229", column: .project), to: "21.00")
    }

    func testX13IsAnInequalityWhenTable01ShowsOtherIncome() {
        var tables = ConsistentReport.tables()
        // Other income of 5.00 in 01 (and 02), spent as basic expenditure of 2010101 in 03 only.
        let edits: [(TableKind, String?, RowLabelRole?, TableSide?, ColumnRole, String)] = [
            (.incomeExpenditureSummary, nil, .incomeSource(.superiorSubsidy), .income, .amount, "5.00"),
            (.expenditure, "2010101", nil, nil, .basic, "40.00"),
            (.expenditure, "2010101", nil, nil, .total, "40.00"),
        ]
        for (kind, code, role, side, column, value) in edits {
            let range = FixtureEdit.cell(tables, kind, code: code, role: role, side: side, column: column)!
            tables = FixtureEdit.replacing(tables, cellAt: range, with: Amount(parsing: value)!)
        }
        let findings = Checker(rules: [.expenditureByFundAcrossTables]).check(IndexedReport(tables: tables)).findings
        XCTAssertEqual(findings, [])
        let evaluations = Checker(rules: [.expenditureByFundAcrossTables]).check(IndexedReport(tables: tables)).evaluations
        XCTAssertTrue(evaluations.allSatisfy { $0.relation == .atLeast })
    }

    func testX14BasicExpenditure() {
        let f = assertFires("X-14", set: Target(kind: .generalBudgetExpenditure, role: .total, column: .basic), to: "71.00")
        XCTAssertEqual(f?.related.count, 2)
    }

    func testX15BasicExpenditureBound() {
        assertFires("X-15", set: Target(kind: .expenditure, role: .total, column: .basic), to: "60.00")
    }

    func testX16ThreePublicBound() {
        assertFires("X-16", set: Target(kind: .threePublicExpenses, role: .threePublicData, column: .threePublic(.final, .vehicleOperation)), to: "5.00")
    }

    func testX17RunningCostBound() {
        assertFires("X-17", set: Target(kind: .relatedInformation, role: .runningCostAdministrative, column: .amount), to: "10.50",
                    at: Target(kind: .generalBudgetBasicExpenditure, role: .publicTotal, column: .amount))
    }
}
