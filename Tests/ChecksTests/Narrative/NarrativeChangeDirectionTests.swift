import XCTest
@testable import Checks
import Report

/// N-23: 增加/减少/基本持平 against the two years' amounts the sentence states.
final class NarrativeChangeDirectionTests: XCTestCase {
    private func findings(_ text: String) -> [Finding] { NarrativeTextFixture.findings(text).filter { $0.code == "N-23" } }
    private func source(_ text: String, _ range: SourceRange) -> String { NarrativeTextFixture.source(text, range) }

    private let head = "第三部分 情况说明\n十、其他重要事项情况说明\n"

    func testIncreaseWithAFallingAmountIsAnError() throws {
        let ok = head + "主要原因是项目资金减少，2023年度列支台头化工园区80.5万元，2024年列支项目前期投资补助20万元，减少60.5万元。\n"
        XCTAssertEqual(findings(ok).map(\.message.zh), [])
        let bad = ok.replacingOccurrences(of: "，减少60.5万元", with: "，增加60.5万元")
        let f = try XCTUnwrap(findings(bad).first)
        XCTAssertEqual(f.severity, .error)
        XCTAssertEqual(source(bad, f.range), "60.5万元")
        XCTAssertTrue(f.message.zh.contains("实为减少"), f.message.zh)
        XCTAssertEqual(f.related.count, 2)
    }

    func testDecreaseWithARisingAmountIsAnError() throws {
        let text = head + "2024年为1.38亿元，2023年债券资金为0.15亿元。与上年相比减少了1.23亿元。\n"
        let f = try XCTUnwrap(findings(text).first)
        XCTAssertTrue(f.message.zh.contains("实为增加"), f.message.zh)
    }

    func testADifferenceWithinRoundingIsNotADirection() {
        let text = head + "2023年为10.00万元，2024年为10.01万元，减少0.01万元。\n"
        XCTAssertEqual(findings(text).map(\.message.zh), [])
    }

    func testAboutTheSameBeyondFivePercentIsAWarning() throws {
        let ok = head + "2023年机关运行经费100.00万元，2024年为103.00万元，基本持平。\n"
        XCTAssertEqual(findings(ok).map(\.message.zh), [])
        let bad = ok.replacingOccurrences(of: "103.00万元", with: "110.00万元")
        let f = try XCTUnwrap(findings(bad).first)
        XCTAssertEqual(f.severity, .warning)
        XCTAssertTrue(f.message.zh.contains("10.00%"), f.message.zh)
        let rate = head + "2024年机关运行经费支出11.99万元，比2023年增长8.5%，基本持平。\n"
        let g = try XCTUnwrap(findings(rate).first)
        XCTAssertEqual(g.severity, .warning)
        XCTAssertEqual(source(rate, g.range), "8.5%")
        XCTAssertEqual(findings(rate.replacingOccurrences(of: "8.5%", with: "1.5%")).map(\.message.zh), [])
    }

    func testASingleYearIsLeftAlone() {
        let text = head + "2024年机关运行经费支出11.99万元，比上年增加0.23万元，增长1.96%。\n"
        XCTAssertEqual(findings(text).map(\.message.zh), [])
    }
}
