import XCTest
@testable import Checks
import Report
import SyntheticReports

/// `IndexedTable` keeps the parsed table's rows relative to its origin (no copy); the figures it
/// hands to rules carry the same absolute ranges as `Table.rows`.
final class IndexedTableOriginTests: XCTestCase {
    func testFiguresCarryAbsoluteRanges() throws {
        let document = ReportDocument.parse(SyntheticReports.report(seed: 3, layout: .shanxiTab).bytes)
        let report = try XCTUnwrap(document.reports.first)
        var compared = 0
        for table in report.tables where table.kind.templateNumber != nil {
            let indexed = IndexedTable(table)
            XCTAssertEqual(indexed.origin, table.origin)
            XCTAssertGreaterThan(indexed.origin, 0)
            XCTAssertEqual(Array(indexed.rows), Array(table.rows), "\(table.kind)")
            for (r, row) in table.rows.enumerated() {
                for cell in row.cells {
                    guard let column = cell.column else { continue }
                    XCTAssertEqual(indexed.figure(row: r, column: column).cellRange, cell.range, "\(table.kind) row \(r)")
                    compared += 1
                }
                if row.cells.isEmpty, let anchor = row.code?.range ?? row.name?.range ?? row.number?.range {
                    XCTAssertEqual(indexed.figure(row: r, column: 0).anchorRange, anchor, "\(table.kind) row \(r)")
                }
            }
        }
        XCTAssertGreaterThan(compared, 100)
    }
}
