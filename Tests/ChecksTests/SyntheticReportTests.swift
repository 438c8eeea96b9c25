import XCTest
@testable import Checks
import Report
import SyntheticReports

/// The checker on generated reports: clean ones raise nothing, planted table errors are found, and
/// issue 4's mutation test (any one amount cell of tables 01–06, 09, 10 by ±0.10, ±1.00, ±100.00 or a
/// two-digit swap → an Error at that cell or naming it in `related`; ≥ 99% caught).
final class SyntheticReportTests: XCTestCase {
    static let mutatedTables: Set<String> = ["01", "02", "03", "04", "05", "06", "09", "10"]

    func testCleanReportsRaiseNoErrorOrWarning() {
        for layout in ReportLayout.allCases {
            for seed: UInt64 in [1, 2, 3, 42, 2024] {
                let report = SyntheticReports.report(seed: seed, layout: layout)
                let findings = Checker().check(ReportDocument.parse(report.bytes)).findings
                let problems = findings.filter { $0.severity == .error || $0.severity == .warning }
                XCTAssertEqual(problems.map { "\(report.line(of: $0.range.start)) \($0.code) \($0.message.zh)" }, [],
                               "\(layout) seed \(seed)")
            }
        }
    }

    func testBundledExampleErrorsAreFound() {
        let report = BundledExample.report()
        let findings = Checker().check(ReportDocument.parse(report.bytes)).findings
        for planted in report.plantedErrors {
            guard case .tableCell = planted.figure else { continue }
            let ranges = [planted.range] + planted.relatedRanges
            let hit = findings.contains { f in
                f.severity == .error && ranges.contains { r in Self.touches(f, r) }
            }
            XCTAssertTrue(hit, "not found: \(planted.kind) \(planted.figure) \(planted.originalText) → \(planted.plantedText)")
        }
        XCTAssertTrue(Checker().check(ReportDocument.parse(BundledExample.cleanReport().bytes)).findings.isEmpty)
    }

    /// A sample of the mutants of every layout (every `stride`-th one); `JUESUAN_FULL_MUTATION=1` runs all.
    func testMutantsOfGeneratedReportsAreCaught() {
        let full = ProcessInfo.processInfo.environment["JUESUAN_FULL_MUTATION"] == "1"
        var total = 0, caught = 0
        var missed: [String] = []
        for layout in ReportLayout.allCases {
            let score = Self.mutationScore(SyntheticReports.report(seed: 7, layout: layout), stride: full ? 1 : 23)
            total += score.total
            caught += score.caught
            missed += score.missed.map { "\(layout) \($0)" }
        }
        XCTAssertGreaterThan(total, full ? 2000 : 80)
        if full { print("mutation score \(caught)/\(total) missed: \(missed)") }
        XCTAssertGreaterThanOrEqual(Double(caught) / Double(max(total, 1)), 0.99, "caught \(caught)/\(total); missed: \(missed.prefix(30))")
    }

    static func touches(_ finding: Finding, _ range: Range<Int>) -> Bool {
        let target = SourceRange(range)
        return finding.range.overlaps(target) || finding.related.contains { $0.range.overlaps(target) }
    }

    struct Score {
        var total = 0
        var caught = 0
        var missed: [String] = []
    }

    /// Mutates every `stride`-th (figure, mutated text) pair of the report's table cells, re-parses
    /// incrementally and checks.
    static func mutationScore(_ report: GeneratedReport, stride: Int) -> Score {
        var score = Score()
        var counter = 0
        let parser = IncrementalReportParser(text: report.bytes)
        let checker = Checker()
        for (index, figure) in report.figures.enumerated() {
            guard case .tableCell(let table, let row, let column) = figure.kind, mutatedTables.contains(table),
                  figure.unit == .amount else { continue }
            for text in figure.mutatedTexts() {
                counter += 1
                guard counter % stride == 0 else { continue }
                let mutant = report.replacingFigure(at: index, with: text)
                var p = parser
                let edit = ByteEdit(range: SourceRange(figure.range), replacementLength: text.utf8.count)
                p.apply(edits: [edit], newText: mutant.bytes)
                let findings = checker.check(p.document).findings
                let target = mutant.figures[index].range
                score.total += 1
                if findings.contains(where: { $0.severity == .error && touches($0, target) }) {
                    score.caught += 1
                } else {
                    score.missed.append("\(table) \(row) \(column) \(figure.text) → \(text)")
                }
            }
        }
        return score
    }
}

/// Volumes: each department's report is checked on its own, and the planted table errors are found.
final class SyntheticVolumeTests: XCTestCase {
    func testCleanVolumeRaisesNothingAcrossReports() {
        for layout in [ReportLayout.shanxiTab, .henanSpaceSeparated] {
            let volume = SyntheticReports.volume(departments: 4, seed: 11, layout: layout)
            let document = ReportDocument.parse(volume.bytes)
            XCTAssertEqual(document.reports.count, 4, "\(layout)")
            let problems = Checker().check(document).findings.filter { $0.severity <= .error && $0.severity >= .warning }
            XCTAssertEqual(problems.map { "\(volume.line(of: $0.range.start)) \($0.code)" }, [], "\(layout)")
        }
    }

    func testPlantedTableErrorsInAVolumeAreFound() {
        for layout in ReportLayout.allCases {
            let volume = SyntheticReports.volume(departments: 3, seed: 5, layout: layout, errorsPerDepartment: 6)
            let findings = Checker().check(ReportDocument.parse(volume.bytes)).findings.filter { $0.severity == .error }
            for planted in volume.plantedErrors {
                guard case .tableCell(let table, _, _) = planted.figure, SyntheticReportTests.mutatedTables.contains(table) else { continue }
                let ranges = [planted.range] + planted.relatedRanges
                let hit = findings.contains { f in ranges.contains { SyntheticReportTests.touches(f, $0) } }
                XCTAssertTrue(hit, "\(layout): \(planted.kind) \(planted.figure) \(planted.originalText) → \(planted.plantedText) line \(volume.line(of: planted.range.lowerBound))")
            }
        }
    }
}
