import XCTest
@testable import Checks
import Report
import SyntheticReports

/// Narrative amounts against the tables: the finding sits on the narrative number, points at the table cell,
/// and offers the table value as a quick fix.
final class NarrativeQuoteTests: XCTestCase {
    private func figureIndex(_ report: GeneratedReport, _ quantity: String) throws -> Int {
        try XCTUnwrap(report.figures.firstIndex {
            if case .narrative(_, let q) = $0.kind { return q == quantity }
            return false
        }, quantity)
    }

    private func check(_ report: GeneratedReport) -> NarrativeCheckResult {
        NarrativeChecker().check(ReportDocument.parse(report.bytes))
    }

    func testCategoryAmountQuotedWrongly() throws {
        let report = SyntheticReports.report(seed: 1, layout: .shanxiTab)
        let index = try figureIndex(report, "类金额 215")
        let original = report.figures[index].text
        let mutant = report.replacingFigure(at: index, with: "9,999.99")
        let changed = SourceRange(mutant.figures[index].range)
        let result = check(mutant)
        let finding = try XCTUnwrap(result.findings.first { $0.range.overlaps(changed) && $0.code == "N-07" })
        XCTAssertEqual(finding.severity, .error)
        XCTAssertTrue(finding.message.zh.contains("公开05表 215"), finding.message.zh)
        XCTAssertFalse(finding.related.isEmpty)
        XCTAssertEqual(finding.fixes.first?.replacements.first?.newText, original)
        XCTAssertTrue(finding.fixes.first?.title.zh.hasPrefix("改为表中数值") ?? false)
    }

    func testOneHundredthOffIsAWarning() throws {
        let report = SyntheticReports.report(seed: 1, layout: .shanxiTab)
        let index = try figureIndex(report, "人员经费")
        let value = report.figures[index].units + 1
        let text = NarrativeNumberFormat.format(Amount(units: value, decimals: 2), decimals: 2, grouped: true)
        let mutant = report.replacingFigure(at: index, with: text)
        let changed = SourceRange(mutant.figures[index].range)
        let finding = try XCTUnwrap(check(mutant).findings.first { $0.range.overlaps(changed) })
        XCTAssertEqual(finding.code, "N-10")
        XCTAssertEqual(finding.severity, .warning)
    }

    func testMatchesLeadToTableCells() throws {
        let report = SyntheticReports.report(seed: 1, layout: .shanxiMarkdown)
        let result = check(report)
        XCTAssertTrue(result.matches.allSatisfy(\.holds))
        let index = try figureIndex(report, "基本支出")
        let range = SourceRange(report.figures[index].range)
        let match = try XCTUnwrap(result.matches.first { $0.mentionRange.overlaps(range) && $0.code == "N-04" })
        let cell = try XCTUnwrap(match.targetRanges.first)
        XCTAssertEqual(String(decoding: report.bytes[cell.range], as: UTF8.self), report.figures[index].text.replacingOccurrences(of: ",", with: ""))
    }
}
