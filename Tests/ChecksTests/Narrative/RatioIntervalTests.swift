import XCTest
@testable import Checks
import Report

/// Percentages by intervals (spec §2.0).
final class RatioIntervalTests: XCTestCase {
    private func operand(_ text: String) -> NarrativeOperand {
        let a = Amount(parsing: text)!
        return NarrativeOperand(value: a, radius: NarrativeOperand.radius(written: a, unit: .wanYuan), range: nil,
                                label: LocalizedText(zh: text, en: text))
    }

    private func verdict(_ p: String, _ n: String, _ d: String) -> RatioInterval.Verdict {
        RatioInterval.verdict(percent: Amount(parsing: p)!, numerator: operand(n), denominator: operand(d))
    }

    func testRoundedAndTruncatedPercentagesPass() {
        XCTAssertEqual(verdict("91.15", "28.87", "31.67"), .consistent)      // truncated 91.159 (003 L1058, R-26)
        XCTAssertEqual(verdict("31.79", "583.70", "1835.83"), .consistent)
        XCTAssertEqual(verdict("50", "42786.31", "85564.85"), .consistent)   // 001 L560 `下降50%`
        XCTAssertEqual(verdict("100.00", "1835.83", "1835.83"), .consistent)
    }

    func testSeed003ChangeRateFails() {
        // 417.27 ÷ (395.87 + 417.27) = 51.32%, written 54.35% (M-07).
        XCTAssertEqual(verdict("54.35", "417.27", "813.14"), .inconsistent)
        XCTAssertEqual(RatioInterval.percentage(numerator: Amount(parsing: "417.27")!, denominator: Amount(parsing: "813.14")!, decimals: 2),
                       Amount(parsing: "51.32"))
    }

    func testOneUnitOffIsANearMiss() {
        XCTAssertEqual(verdict("8.34", "32.98", "395.87"), .nearMiss)
        XCTAssertEqual(verdict("8.43", "32.98", "395.87"), .inconsistent)
    }

    func testZeroDenominatorIsUndecidable() {
        XCTAssertEqual(verdict("5", "1", "0"), .undecidable)
    }
}
