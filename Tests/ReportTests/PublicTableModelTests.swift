import XCTest
import Report   // not @testable: the builder and the relative rows are public API

/// A `Table` built by hand (test fixtures) and its rows read without shifting.
final class PublicTableModelTests: XCTestCase {
    private func handBuiltTable() -> Table {
        let cell = Cell(value: .amount(Amount(units: 12_345, decimals: 2)), range: SourceRange(start: 130, end: 136), position: 2, column: 0)
        let row = Row(range: SourceRange(start: 120, end: 136), name: RowText(written: "合计", normalized: "合计", range: SourceRange(start: 120, end: 126)),
                      labelRole: .total, cells: [cell])
        return Table(kind: .generalBudgetExpenditure, range: SourceRange(start: 100, end: 200),
                     titleRange: SourceRange(start: 100, end: 110),
                     columns: [Column(index: 0, label: "小计", role: .total)], rows: [row])
    }

    func testHandBuiltTableKeepsAbsoluteRanges() throws {
        let table = handBuiltTable()
        XCTAssertEqual(table.origin, 100)
        XCTAssertEqual(table.range, SourceRange(start: 100, end: 200))
        XCTAssertEqual(table.titleRange, SourceRange(start: 100, end: 110))
        XCTAssertEqual(table.title, "一般公共预算财政拨款支出决算表")
        let total = try XCTUnwrap(table.row(.total))
        XCTAssertEqual(total.cells.first?.range, SourceRange(start: 130, end: 136))
        XCTAssertEqual(total.amount(column: 0), Amount(units: 12_345, decimals: 2))
        XCTAssertEqual(table.rowIndex(at: 131), 0)
    }

    func testRelativeRowsAreTheRowsBeforeShifting() throws {
        let table = handBuiltTable()
        XCTAssertEqual(table.relativeRows.count, table.rows.count)
        let relative = try XCTUnwrap(table.relativeRows.first)
        XCTAssertEqual(relative.cells.first?.range, SourceRange(start: 30, end: 36))
        XCTAssertEqual(relative.shifted(by: table.origin), table.rows[0])
        XCTAssertEqual(TableRows(relative: table.relativeRows, origin: table.origin).map(\.range), table.rows.map(\.range))
    }

    func testParsedTablesExposeTheSameRowsRelatively() throws {
        let document = ReportDocument.parse(Array(Fixtures.spaceSeparated.utf8))
        for table in document.reports.flatMap(\.tables) {
            XCTAssertEqual(table.relativeRows.map { $0.shifted(by: table.origin) }, Array(table.rows), "\(table.kind)")
        }
    }
}
