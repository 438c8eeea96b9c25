import XCTest
@testable import Checks
import Report
import SyntheticReports

/// Mutation test: change one checkable narrative amount, percentage or count of a generated report by a
/// non-rounding delta; the narrative rules must report an Error or a Warning at the changed number (the
/// finding's range, or one of its related places when the changed number is an operand of a ratio or sum).
/// The unmutated reports raise no Error or Warning in any layout.
final class NarrativeMutationTests: XCTestCase {
    struct Score { var caught = 0, total = 0, missed: [String] = [] }

    /// Runs every `stride`-th mutation of every checkable narrative figure of `report`.
    static func score(_ report: GeneratedReport, stride: Int, offset: Int) -> Score {
        var score = Score()
        let parser = IncrementalReportParser(text: report.bytes)
        var k = 0
        for (i, figure) in report.figures.enumerated() {
            guard case .narrative(let section, let quantity) = figure.kind, figure.isCheckable else { continue }
            for text in figure.mutatedTexts() {
                k += 1
                guard k % stride == offset else { continue }
                let mutant = report.replacingFigure(at: i, with: text)
                var p = parser
                let old = figure.range
                p.apply(edits: [ByteEdit(range: SourceRange(start: old.lowerBound, end: old.upperBound), replacementLength: text.utf8.count)],
                        newText: mutant.bytes)
                let r = mutant.figures[i].range
                let changed = SourceRange(start: r.lowerBound, end: r.upperBound)
                let findings = NarrativeChecker().check(p.document, text: mutant.bytes).findings
                score.total += 1
                if findings.contains(where: { $0.severity >= .warning && ($0.range.overlaps(changed) || $0.related.contains { $0.range.overlaps(changed) }) }) {
                    score.caught += 1
                } else {
                    score.missed.append("\(section) \(quantity): \(figure.text) → \(text)")
                }
            }
        }
        return score
    }

    func testUnmutatedReportsRaiseNothingInEveryLayout() {
        for layout in ReportLayout.allCases {
            for seed: UInt64 in [1, 2, 3] {
                let report = SyntheticReports.report(seed: seed, layout: layout)
                let result = NarrativeChecker().check(ReportDocument.parse(report.bytes), text: report.bytes)
                let loud = result.findings.filter { $0.severity >= .warning }
                XCTAssertEqual(loud.map { "\($0.code) \($0.message.zh)" }, [], "\(layout) seed \(seed)")
                XCTAssertGreaterThan(result.matches.count, 40, "\(layout) seed \(seed)")
            }
        }
    }

    func testMutatedNarrativeFiguresAreCaughtInTheTenThousandYuanLayouts() {
        var all = Score()
        for (n, layout) in [ReportLayout.shanxiTab, .shanxiMarkdown, .henanSpaceSeparated].enumerated() {
            let s = Self.score(SyntheticReports.report(seed: UInt64(5 + n), layout: layout), stride: 3, offset: n)
            all.caught += s.caught
            all.total += s.total
            all.missed += s.missed.map { "\(layout) \($0)" }
        }
        XCTAssertGreaterThan(all.total, 300)
        let rate = Double(all.caught) / Double(max(1, all.total))
        XCTAssertGreaterThanOrEqual(rate, 0.95, "caught \(all.caught)/\(all.total); missed:\n" + all.missed.joined(separator: "\n"))
    }
}
