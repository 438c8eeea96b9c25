import XCTest
@testable import Checks
import Report
import SyntheticReports

/// The per-document session: incremental updates give the same findings as a full check.
final class CheckSessionTests: XCTestCase {
    func testIncrementalUpdateMatchesAFullCheck() throws {
        let clean = SyntheticReports.report(seed: 3, layout: .shanxiTab)
        var session = CheckSession()
        XCTAssertTrue(session.update(bytes: clean.bytes, edits: nil, options: CheckOptions()).findings.isEmpty)
        let index = try XCTUnwrap(clean.figures.firstIndex { figure in
            if case .tableCell("05", _, "基本支出") = figure.kind { return true }
            return false
        })
        let figure = clean.figures[index]
        let text = figure.mutatedTexts()[2]
        let mutated = clean.replacingFigure(at: index, with: text)
        let edit = ByteEdit(range: SourceRange(figure.range), replacementLength: text.utf8.count)
        let incremental = session.update(bytes: mutated.bytes, edits: [edit], options: CheckOptions())
        let full = Checker().check(ReportDocument.parse(mutated.bytes))
        XCTAssertFalse(incremental.findings.isEmpty)
        XCTAssertEqual(incremental.findings, full.findings)
        let target = mutated.figures[index].range
        let hovered = incremental.evaluations(touching: target.lowerBound)
        XCTAssertTrue(hovered.contains { $0.outcome == .violated })
        XCTAssertTrue(hovered.allSatisfy { !$0.formula.isEmpty })
    }
}
