import XCTest
@testable import Checks
import Report
import SyntheticReports

/// In the 元 template (table 10 without a 行次 column), the table-10 rules and X-17 read the table:
/// a changed figure of 10 is reported.
final class YuanTemplateRuleTests: XCTestCase {
    /// The codes of the errors raised after replacing table 10's figure of `row` with `text(original)`.
    private func errorCodes(_ report: GeneratedReport, row: String, _ text: (GeneratedFigure) -> String) throws -> Set<String> {
        let index = try XCTUnwrap(report.figures.firstIndex { figure in
            if case .tableCell("10", let r, _) = figure.kind { return r == row }
            return false
        }, "no figure of 10 \(row)")
        let mutant = report.replacingFigure(at: index, with: text(report.figures[index]))
        let findings = Checker().check(ReportDocument.parse(mutant.bytes)).findings
        return Set(findings.filter { $0.severity == .error }.map(\.code))
    }

    func testTable10RulesRunOnTheYuanTemplate() throws {
        var checked = 0
        for seed: UInt64 in 1...12 {
            let report = SyntheticReports.report(seed: seed, layout: .yuanUnit)
            let f = try XCTUnwrap(report.departments.first)
            guard f.procurementGoods > 0, f.vehicleCount > 0, f.operatingCostAdministrative > 0 else { continue }
            checked += 1
            XCTAssertTrue(try errorCodes(report, row: "货物") { FigureFormatting.plain($0.units + 100) }.contains("T10-1"), "seed \(seed)")
            XCTAssertTrue(try errorCodes(report, row: "车辆数合计") { String($0.units + 1) }.contains("T10-2"), "seed \(seed)")
            XCTAssertTrue(try errorCodes(report, row: "行政单位") { FigureFormatting.plain($0.units + f.publicCost + 100) }.contains("X-17"),
                          "seed \(seed)")
        }
        XCTAssertGreaterThan(checked, 0, "no seed with procurement, vehicles and running costs")
    }
}
