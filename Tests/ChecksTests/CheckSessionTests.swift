import XCTest
@testable import Checks
import Report
import SyntheticReports

/// The per-document session: after any edit, its findings equal a full check of the new text, and only
/// the reports an edit touched are checked again.
final class CheckSessionTests: XCTestCase {
    func testIncrementalUpdateMatchesAFullCheck() throws {
        let clean = SyntheticReports.report(seed: 3, layout: .shanxiTab)
        var session = CheckSession()
        XCTAssertTrue(session.update(bytes: clean.bytes, edits: nil, options: CheckOptions()).isEmpty)
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
        XCTAssertFalse(incremental.isEmpty)
        XCTAssertEqual(incremental, full.findings)
        let target = mutated.figures[index].range
        let hovered = session.evaluations(touching: target.lowerBound)
        XCTAssertTrue(hovered.contains { $0.outcome == .violated })
        XCTAssertEqual(hovered, full.evaluations(touching: target.lowerBound))
    }

    /// Random edits of table cells in a volume of three departments: every update equals a full check,
    /// and an edit inside one department re-checks only that department.
    func testVolumeEditsRecheckOnlyTheTouchedReport() throws {
        var volume = SyntheticReports.volume(departments: 3, seed: 9, layout: .shanxiTab, errorsPerDepartment: 2)
        var session = CheckSession()
        session.update(bytes: volume.bytes, edits: nil, options: CheckOptions())
        XCTAssertEqual(session.lastCheckedReportCount, 3)
        var rng = SplitMix64(seed: 17)
        let cells = volume.figures.indices.filter { volume.figures[$0].isTableCell }
        for step in 0..<8 {
            let index = cells[Int(rng.next() % UInt64(cells.count))]
            let figure = volume.figures[index]
            let options = figure.mutatedTexts()
            guard !options.isEmpty else { continue }
            let text = options[Int(rng.next() % UInt64(options.count))]
            let edit = ByteEdit(range: SourceRange(figure.range), replacementLength: text.utf8.count)
            volume = volume.replacingFigure(at: index, with: text)
            let findings = session.update(bytes: volume.bytes, edits: [edit], options: CheckOptions())
            XCTAssertEqual(findings, Checker().check(ReportDocument.parse(volume.bytes)).findings, "step \(step)")
            XCTAssertEqual(session.lastCheckedReportCount, 1, "step \(step)")
        }
        let full = Checker().check(ReportDocument.parse(volume.bytes))
        XCTAssertEqual(session.result.evaluations, full.evaluations)
    }
}
