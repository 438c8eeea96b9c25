@testable import Checks
import Report
import SyntheticReports
import XCTest

/// `ReportChecks.record(_:after:previous:)` reruns only the rules an edit can have changed: whatever
/// it keeps must be exactly what a full check finds. Random edits, each checked from the previous
/// record (so moved results are moved again and again), against a fresh check of the same text.
final class IncrementalRecordTests: XCTestCase {
    func testIncrementalRecordEqualsAFullCheckAfterEveryEdit() {
        for (seed, layout) in [(UInt64(3), ReportLayout.shanxiTab), (5, .henanSpaceSeparated), (9, .shanxiMarkdown), (11, .yuanUnit)] {
            let generated = SyntheticReports.volume(departments: 1, seed: seed, layout: layout, errorsPerDepartment: 4)
            assertIncrementalMatchesFull(generated.bytes, figures: generated.figures.map(\.range.lowerBound), edits: 90, seed: seed)
        }
    }

    /// The same over the real reports (their layouts hold what no generator writes: PDF rows whose
    /// columns are inferred, wrapped headings, odd tables). Skipped when ../shared/seeds is absent.
    func testIncrementalRecordEqualsAFullCheckOnTheSeeds() throws {
        for (k, name) in Seeds.names.enumerated() {
            let bytes = try Seeds.bytes(name)
            // Every number's first digit stands in for a figure.
            let figures = bytes.indices.filter { i in
                (0x30...0x39).contains(bytes[i]) && (i == 0 || !(0x30...0x39).contains(bytes[i - 1]) && bytes[i - 1] != 0x2E)
            }
            assertIncrementalMatchesFull(bytes, figures: figures, edits: 40, seed: UInt64(k + 1), minimumKept: false)
        }
    }

    func testAKeystrokeInACellRerunsOnlyTheRulesReadingItsTable() throws {
        let generated = SyntheticReports.report(seed: 3)
        var bytes = generated.bytes
        var parser = IncrementalReportParser(text: bytes)
        let checks = ReportChecks()
        let first = checks.record(try XCTUnwrap(parser.document.reports.first), concurrently: true)
        // A digit typed into a figure of 公开06 (basic expenditure detail).
        let report = try XCTUnwrap(parser.document.reports.first)
        let table = try XCTUnwrap(report.table(.generalBudgetBasicExpenditure))
        let cell = try XCTUnwrap(table.rows.lazy.flatMap(\.cells).first { $0.amount != nil })
        let edit = ByteEdit(range: SourceRange(start: cell.range.start + 1, end: cell.range.start + 1), replacementLength: 1)
        bytes.insert(UInt8(ascii: "7"), at: cell.range.start + 1)
        parser.apply(edits: [edit], newText: bytes)
        let edited = try XCTUnwrap(parser.document.reports.first)
        let kept = first.outcomes(for: edited, after: edit)
        let rerun = zip(first.outcomes, kept).filter { $1 == nil }.map { $0.0 }
        XCTAssertFalse(rerun.isEmpty)
        XCTAssertLessThan(rerun.count, first.outcomes.count / 2, "a cell edit reruns a minority of the rules")
        for outcome in rerun {
            XCTAssertTrue(outcome.reads.contains(.generalBudgetBasicExpenditure), "\(outcome.code) reran without reading 公开06")
        }
        // Names did not change: the name rules are kept.
        XCTAssertFalse(rerun.contains { $0.family == .names })
        // Kept results are those of a full check.
        let incremental = Fingerprint(checks.record(edited, concurrently: true, after: edit, previous: first))
        let full = Fingerprint(checks.record(edited))
        XCTAssertTrue(incremental == full, incremental.difference(from: full))
    }

    func testANarrativeEditKeepsEveryTableAndNameRule() throws {
        let generated = SyntheticReports.report(seed: 4)
        var bytes = generated.bytes
        var parser = IncrementalReportParser(text: bytes)
        let first = ReportChecks().record(try XCTUnwrap(parser.document.reports.first))
        let figure = try XCTUnwrap(generated.figures.first { !$0.isTableCell && $0.isCheckable })
        let at = figure.range.lowerBound + 1
        let edit = ByteEdit(range: SourceRange(start: at, end: at), replacementLength: 1)
        bytes.insert(UInt8(ascii: "3"), at: at)
        parser.apply(edits: [edit], newText: bytes)
        let kept = first.outcomes(for: try XCTUnwrap(parser.document.reports.first), after: edit)
        for (outcome, after) in zip(first.outcomes, kept) {
            XCTAssertEqual(after == nil, outcome.family == .narrative, outcome.code)
        }
    }

    func testChangedOptionsRerunEverything() throws {
        let bytes = SyntheticReports.report(seed: 2).bytes
        let report = try XCTUnwrap(ReportDocument.parse(bytes).reports.first)
        let first = ReportChecks().record(report)
        let none = ByteEdit(range: SourceRange(start: bytes.count, end: bytes.count), replacementLength: 0)
        let other = ReportChecks(options: CheckOptions(disabledRules: ["T02-1"]))
        let kept = Fingerprint(other.record(report, after: none, previous: first)), full = Fingerprint(other.record(report))
        XCTAssertTrue(kept == full, kept.difference(from: full))
        XCTAssertFalse(full == Fingerprint(first), "disabling a rule changes what the check evaluates")
    }

    // MARK: Helpers

    /// Applies `edits` random edits one by one to `text`, checking each text from the previous record.
    /// `figures`: offsets of figures, where most edits type or delete. With `minimumKept`, most rule
    /// outcomes must have been kept (the synthetic reports; a seed may be too small a report to say).
    private func assertIncrementalMatchesFull(_ text: [UInt8], figures: [Int], edits count: Int, seed: UInt64, minimumKept: Bool = true,
                                              file: StaticString = #filePath, line: UInt = #line) {
        var rng = SplitMix64(seed: seed)
        var bytes = text
        var parser = IncrementalReportParser(text: bytes)
        let checks = ReportChecks()
        guard let start = parser.document.reports.first else { return XCTFail("no report", file: file, line: line) }
        var record = checks.record(start, concurrently: true)
        var figures = figures
        var reruns = 0, total = 0
        for step in 0..<count {
            let edit = Self.randomEdit(&bytes, figures: figures, rng: &rng)
            figures = figures.compactMap { edit.moved(SourceRange(start: $0, end: $0))?.start }
            parser.apply(edits: [edit], newText: bytes)
            let reports = parser.document.reports
            guard reports.count == 1 else {
                // The edit split or merged reports: the analyzer would check afresh.
                record = checks.record(reports[0], concurrently: true)
                continue
            }
            let kept = record.outcomes(for: reports[0], after: edit)
            reruns += kept.filter { $0 == nil }.count
            total += kept.count
            record = checks.record(reports[0], concurrently: step % 2 == 0, after: edit, previous: record)
            let full = checks.record(reports[0])
            let a = Fingerprint(record), b = Fingerprint(full)
            if a != b {
                XCTFail("step \(step), edit \(edit): incremental record differs from a full check\n"
                        + a.difference(from: b), file: file, line: line)
                return
            }
        }
        // The point of it: most rules are kept.
        if minimumKept { XCTAssertLessThan(reruns, total / 2, "rules rerun: \(reruns) of \(total)", file: file, line: line) }
    }

    /// One random edit (typing or deleting in a figure, or anywhere; a line removed or doubled), applied to `bytes`.
    private static func randomEdit(_ bytes: inout [UInt8], figures: [Int], rng: inout SplitMix64) -> ByteEdit {
        func boundary(_ offset: Int) -> Int {
            var k = min(max(0, offset), bytes.count)
            while k > 0, k < bytes.count, bytes[k] & 0xC0 == 0x80 { k -= 1 }
            return k
        }
        let snippets = ["7", "0", ".", "\t", " ", "\n", "元", "%", "合计", "201", "增长", "1,234.5"]
        var start: Int, end: Int, text: [UInt8]
        switch rng.next() % 6 {
        case 0, 1: // a digit typed into a figure
            start = boundary((figures.isEmpty ? 0 : figures[Int(rng.next() % UInt64(figures.count))]) + 1)
            end = start
            text = Array(String(rng.next() % 10).utf8)
        case 2: // a character deleted from a figure
            start = boundary((figures.isEmpty ? 0 : figures[Int(rng.next() % UInt64(figures.count))]) + 1)
            end = boundary(start + 1)
            text = []
        case 3: // a snippet anywhere
            start = boundary(Int(rng.next() % UInt64(bytes.count + 1)))
            end = boundary(start + Int(rng.next() % 3))
            text = Array(snippets[Int(rng.next() % UInt64(snippets.count))].utf8)
        case 4: // a line removed
            let at = boundary(Int(rng.next() % UInt64(bytes.count + 1)))
            start = bytes[..<at].lastIndex(of: 0x0A).map { $0 + 1 } ?? 0
            end = bytes[at...].firstIndex(of: 0x0A).map { $0 + 1 } ?? bytes.count
            text = []
        default: // a line doubled
            let at = boundary(Int(rng.next() % UInt64(bytes.count + 1)))
            start = bytes[..<at].lastIndex(of: 0x0A).map { $0 + 1 } ?? 0
            let lineEnd = bytes[at...].firstIndex(of: 0x0A).map { $0 + 1 } ?? bytes.count
            text = Array(bytes[start..<lineEnd])
            end = start
        }
        bytes.replaceSubrange(start..<end, with: text)
        return ByteEdit(range: SourceRange(start: start, end: end), replacementLength: text.count)
    }
}

/// What a record says, as comparable text: findings (all fields), identities and matches with their ranges.
private struct Fingerprint: Equatable {
    let findings: [String]
    let evaluations: [String]
    let matches: [String]

    init(_ record: ReportCheckRecord) {
        findings = record.findings.map { f in
            "\(f.code) \(f.severity) \(f.range) \(f.message.zh) | \(f.message.en) | "
                + f.related.map { "\($0.range) \($0.message.zh)" }.joined(separator: "; ") + " | "
                + f.fixes.map { fix in fix.replacements.map { "\($0.range)→\($0.newText)" }.joined(separator: ",") }.joined(separator: "; ")
        }
        evaluations = record.evaluations.map { e in
            "\(e.code) \(e.outcome) \(e.written) \(e.computed) \(e.subject.cellRange.map { "\($0)" } ?? "-")/\(e.subject.anchorRange.map { "\($0)" } ?? "-") "
                + e.subject.qualifiedLabel.zh + " = " + e.terms.map { "\($0.sign) \($0.figure.cellRange.map { "\($0)" } ?? "-") \($0.figure.qualifiedLabel.zh)" }.joined(separator: ", ")
        }
        matches = record.narrativeMatches.map { m in
            "\(m.code) \(m.mentionRange) \(m.holds) \(m.counterpart.zh) " + m.targetRanges.map { "\($0)" }.joined(separator: ",")
        }
    }

    /// The first line that differs, for a failure message.
    func difference(from other: Fingerprint) -> String {
        for (name, a, b) in [("findings", findings, other.findings), ("evaluations", evaluations, other.evaluations), ("matches", matches, other.matches)] {
            if a == b { continue }
            if a.count != b.count { return "\(name): \(a.count) vs \(b.count)\n  " + Set(a).symmetricDifference(b).prefix(4).joined(separator: "\n  ") }
            if let k = a.indices.first(where: { a[$0] != b[$0] }) { return "\(name)[\(k)]:\n  \(a[k])\n  \(b[k])" }
        }
        return "no difference"
    }
}

