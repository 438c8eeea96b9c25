import XCTest
@testable import Report
import SyntheticReports

/// The 元 template (no 行次 column, amounts in 元) parses into the same tables, rows and values as
/// the 万元 TAB rendering of the same department. The generator keeps a department's figures in
/// hundredths of the display unit, so both renderings print the same digits; only the unit differs.
final class YuanLayoutTests: XCTestCase {
    private let seeds: [UInt64] = [1, 2, 3, 7, 11, 42, 1_234]

    /// What a row says, independent of the layout: its key (code or label), and its figures by column
    /// role, in hundredths (amount columns) or as written (counts).
    private struct RowSignature: Equatable, CustomStringConvertible {
        var key: String
        var figures: [String]
        var description: String { "\(key): \(figures.joined(separator: " "))" }
    }

    /// Rows with a label, a code or a figure (a line of the TAB template that prints only a 行次,
    /// such as the empty 收入 half of 01's lower lines, has no counterpart without 行次).
    private func signatures(_ table: Table) -> [RowSignature] {
        table.rows.filter { $0.name != nil || $0.code != nil || $0.cells.contains { $0.value != .blank } }.map { row in
            let key = [row.side?.rawValue, row.code?.text, row.name?.normalized, row.labelRole?.name]
                .compactMap { $0 }.joined(separator: "|")
                .replacingOccurrences(of: "（万元）", with: "（元）")  // performance tables name the unit in labels
            let figures: [String] = row.cells.map { cell in
                let column = cell.column.map { table.columns[$0].role.name + (table.columns[$0].side?.rawValue ?? "") } ?? "?"
                switch cell.value {
                case .blank: return "\(column)=blank"
                case .notApplicable: return "\(column)=na"
                case .amount(let a):
                    if isCount(row) { return "\(column)=#\(a.description)" }
                    return "\(column)=\(hundredths(a))"
                }
            }.filter { !$0.hasSuffix("=blank") }
            return RowSignature(key: key, figures: figures)
        }
    }

    private func isCount(_ row: Row) -> Bool {
        switch row.labelRole {
        case .vehicleTotal?, .vehicle?, .highValueEquipment?: return true
        default: return false
        }
    }

    /// The amount in hundredths of its unit (both layouts write two decimals).
    private func hundredths(_ a: Amount) -> Int64 {
        var units = a.units
        var decimals = a.decimals
        while decimals < 2 { units *= 10; decimals += 1 }
        while decimals > 2 { units /= 10; decimals -= 1 }
        return units
    }

    func testYuanTablesMatchTheTenThousandYuanRendering() throws {
        for seed in seeds {
          for inYuan in [false, true] {
            let department = SyntheticReports.department(seed: seed, options: .init(amountsInYuan: inYuan))
            let wan = ReportDocument.parse(SyntheticReports.render([department], layout: .shanxiTab).bytes)
            let yuan = ReportDocument.parse(SyntheticReports.render([department], layout: .yuanUnit).bytes)
            let wanTables = try XCTUnwrap(wan.reports.first).tables
            let yuanTables = try XCTUnwrap(yuan.reports.first).tables
            XCTAssertEqual(wanTables.map(\.kind), yuanTables.map(\.kind), "seed \(seed)")
            XCTAssertEqual(yuan.reports.first?.unit, .yuan, "seed \(seed)")
            for (w, y) in zip(wanTables, yuanTables) {
                XCTAssertEqual(w.columns.map(\.role), y.columns.map(\.role), "seed \(seed) \(w.kind)")
                let expected = signatures(w)
                let actual = signatures(y)
                XCTAssertEqual(expected.count, actual.count, "seed \(seed) \(w.kind): row count")
                for (e, a) in zip(expected, actual) where e != a {
                    XCTFail("seed \(seed) \(w.kind): expected \(e), got \(a)")
                }
                XCTAssertEqual(y.notes, [], "seed \(seed) \(y.kind)")
            }
            XCTAssertEqual(wan.reports.first?.unit, .wanYuan, "seed \(seed)")
          }
        }
    }

    func testTable10WithoutLineNumbers() throws {
        let report = SyntheticReports.report(seed: 7, layout: .yuanUnit)
        let f = try XCTUnwrap(report.departments.first)
        let document = ReportDocument.parse(report.bytes)
        let t10 = try table(document, .relatedInformation)
        XCTAssertEqual(t10.rows.count, 16)
        XCTAssertTrue(t10.rows.allSatisfy { $0.number == nil }, "no 行次 printed")
        let total = try XCTUnwrap(t10.row(.total))
        XCTAssertEqual(total.amount(column: 0).map(hundredths), f.procurementTotal == 0 ? nil : f.procurementTotal)
        let vehicles = try XCTUnwrap(t10.row(.vehicleTotal))
        if f.vehicleCount > 0 {
            let count = try XCTUnwrap(vehicles.amount(column: 0))
            XCTAssertEqual(count.decimals, 0)
            XCTAssertEqual(count.units, Int64(f.vehicleCount))
        }
        let first = try XCTUnwrap(t10.row(.vehicle(1)))
        XCTAssertEqual(first.name?.normalized.hasPrefix("1."), true)
    }
}
