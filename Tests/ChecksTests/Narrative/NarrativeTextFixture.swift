import XCTest
@testable import Checks
import Report

/// A narrative typed as text (no tables), checked as a report of `year`: the fixture of the rules that need no table.
enum NarrativeTextFixture {
    static func findings(_ text: String, year: Int = 2024, options: CheckOptions = CheckOptions()) -> [Finding] {
        let bytes = Array(text.utf8)
        let narrative = NarrativeParser.parse(bytes)
        let report = Report(range: SourceRange(start: 0, end: bytes.count),
                            year: HeaderField(value: year, range: SourceRange(start: 0, end: 0)))
        return NarrativeChecker(options: options).check(report, narrative: narrative).findings
    }

    /// The text a finding's range covers.
    static func source(_ text: String, _ range: SourceRange) -> String {
        String(decoding: Array(text.utf8)[range.range], as: UTF8.self)
    }
}
