import XCTest
import Foundation
@testable import Checks
import Report

/// N-20: `2023年X，2024年Y` followed by the change it explains.
final class NarrativeStatedYearsChangeTests: XCTestCase {
    private func findings(_ text: String) -> [Finding] { NarrativeTextFixture.findings(text) }
    private func source(_ text: String, _ range: SourceRange) -> String { NarrativeTextFixture.source(text, range) }

    private let head = "第三部分 情况说明\n一、收入支出决算总体情况说明\n"

    func testChangeInTheNextSentenceMatchesTheTwoYears() throws {
        let ok = head + "一是债券项目资金减少，2024年为0.15亿元，2023年债券资金为1.38亿元。与上年相比减少了1.23亿元；二是注册资本金减少，2024年注册资本金为3.4亿元，2023年达到7.77亿元。与上年相比减少了4.37亿元。\n"
        XCTAssertEqual(findings(ok).filter { $0.code == "N-20" }.map(\.code), [])
        let bad = ok.replacingOccurrences(of: "减少了4.37亿元", with: "减少了4.57亿元")
        let f = try XCTUnwrap(findings(bad).first { $0.code == "N-20" })
        XCTAssertEqual(f.severity, .error)
        XCTAssertEqual(source(bad, f.range), "4.57亿元")
        XCTAssertTrue(f.message.zh.contains("两年之差"), f.message.zh)
    }

    func testChangeInTheSameSentence() throws {
        let ok = head + "项目资金2023年为8500.00万元，2024年为5364.00万元，减少3,136.00万元。\n"
        XCTAssertEqual(findings(ok).filter { $0.code == "N-20" }.map(\.code), [])
        let bad = ok.replacingOccurrences(of: "减少3,136.00万元", with: "减少3,163.00万元")
        let f = try XCTUnwrap(findings(bad).first { $0.code == "N-20" })
        XCTAssertEqual(source(bad, f.range), "3,163.00万元")
        // Within the sum rule (two addends): silent.
        let rounded = ok.replacingOccurrences(of: "减少3,136.00万元", with: "减少3,136.01万元")
        XCTAssertEqual(findings(rounded).filter { $0.code == "N-20" }.map(\.code), [])
    }

    func testAmountsGroupedRightAfterTheYearAreNotMisread() {
        // `2023年8,500万元`: the mention scanner reads `500万元`; the rule must not guess.
        let text = head + "项目资金2023年8,500.00万元，2024年5,364.00万元，减少3,136.00万元。\n"
        XCTAssertEqual(findings(text).filter { $0.code == "N-20" }.map(\.code), [])
    }

    func testAChangeStatedBeforeThePairIsNotChecked() {
        // 004 L559: the pair explains part of the change stated before it.
        let text = head + "较上年决算减少1,507.02万元，下降63.41%，主要原因是2023年商贸事务支出1538万元，2024年商贸事务支出0万元。\n"
        XCTAssertEqual(findings(text).filter { $0.code == "N-20" }.map(\.code), [])
    }

    func testYearsThatAreNotConsecutiveAreNotAPair() {
        let text = head + "2021年100万元，2024年50万元，减少20万元。\n"
        XCTAssertEqual(findings(text).filter { $0.code == "N-20" }.map(\.code), [])
    }

    func testSeed001HoldsAndIsMatched() throws {
        let directory = try NarrativeRuleSeedTests.seedsDirectory()
        let bytes = Array(try Data(contentsOf: directory.appendingPathComponent("001_f621cec2125677f3.txt")))
        let lines = LineIndex(utf8: bytes)
        let result = NarrativeChecker().check(ReportDocument.parse(bytes))
        XCTAssertEqual(result.findings.filter { $0.code == "N-20" || $0.code == "N-23" }.map(\.message.zh), [])
        // L536 and L554: 1.38 − 0.15 = 1.23 and 7.77 − 3.4 = 4.37 (亿元); L560: 7.77 − 3.4.
        let matched = result.matches.filter { $0.code == "N-20" }.map { lines.line(containing: $0.mentionRange.start) + 1 }
        XCTAssertEqual(matched, [536, 536, 554, 554, 560])
        XCTAssertTrue(result.matches.filter { $0.code == "N-20" }.allSatisfy(\.holds))
    }
}
