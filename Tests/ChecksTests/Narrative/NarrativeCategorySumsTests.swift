import XCTest
import Foundation
@testable import Checks
import Report

/// N-09: the 类 budgets and changes of 五(三) against the totals.
final class NarrativeCategorySumsTests: XCTestCase {
    private func findings(_ text: String, reportRounding: Bool = false) -> [Finding] {
        NarrativeTextFixture.findings(text, options: CheckOptions(reportRounding: reportRounding)).filter { $0.code == "N-09" }
    }

    private let text = """
        第三部分 情况说明
        五、一般公共预算财政拨款支出决算情况说明
        （一）一般公共预算财政拨款支出决算总体情况
        2024年一般公共预算财政拨款决算支出300.00万元，占本年支出合计的100.00%。与上年相比，一般公共预算财政拨款支出减少50.00万元，下降14.29%。
        （三）一般公共预算财政拨款支出决算具体情况
        2024年度一般公共预算财政拨款支出年初预算320.00万元，支出决算300.00万元，完成年初预算的93.75%。其中：
        一般公共服务支出年初预算200.00万元，支出决算180.00万元，完成年初预算的90.00%，用于人员经费。较上年决算减少60.00万元，下降25.00%，主要原因是人员减少。
        住房保障支出年初预算120.00万元，支出决算120.00万元，完成年初预算的100.00%，用于缴纳住房公积金。较上年决算增加10.00万元，增长9.09%，主要原因是基数调整。

        """

    func testBudgetsAndChangesThatAddUpAreSilent() {
        XCTAssertEqual(findings(text, reportRounding: true).map(\.message.zh), [])
    }

    func testAGapWithinTheSumRuleIsInformationOnlyWhenRoundingIsReported() throws {
        let rounded = text.replacingOccurrences(of: "年初预算320.00万元", with: "年初预算320.01万元")
        XCTAssertEqual(findings(rounded).count, 0)
        let f = try XCTUnwrap(findings(rounded, reportRounding: true).first)
        XCTAssertEqual(f.severity, .information)
        XCTAssertTrue(f.message.zh.contains("尾数误差"), f.message.zh)
        XCTAssertEqual(f.related.count, 2)
    }

    func testALargerGapIsOnlyAHint() throws {
        let budget = text.replacingOccurrences(of: "年初预算320.00万元", with: "年初预算330.00万元")
        let f = try XCTUnwrap(findings(budget).first)
        XCTAssertEqual(f.severity, .hint)
        XCTAssertTrue(f.message.zh.contains("320.00万元") && f.message.zh.contains("10.00万元"), f.message.zh)
        // The signed changes: −60 + 10 = −50; a wrong direction in one 类 is a gap of 20.
        let change = text.replacingOccurrences(of: "较上年决算增加10.00万元，增长9.09%", with: "较上年决算减少10.00万元，下降7.69%")
        let g = try XCTUnwrap(findings(change).first)
        XCTAssertEqual(g.severity, .hint)
        XCTAssertTrue(g.message.zh.contains("增减额 50.00万元") && g.message.zh.contains("70.00万元"), g.message.zh)
    }

    func testChangesAreNotAddedWhenAClassStatesNone() {
        let partial = text.replacingOccurrences(of: "较上年决算增加10.00万元，增长9.09%，主要原因是基数调整。", with: "")
        XCTAssertEqual(findings(partial).map(\.message.zh), [])
    }

    func testSeedsGiveRoundingInformationAndUndecidableHints() throws {
        let directory = try NarrativeRuleSeedTests.seedsDirectory()
        let files = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".txt") }.sorted()
        var found: [String] = []
        for file in files {
            let bytes = Array(try Data(contentsOf: directory.appendingPathComponent(file)))
            let lines = LineIndex(utf8: bytes)
            let result = NarrativeChecker(options: CheckOptions(reportRounding: true)).check(ReportDocument.parse(bytes))
            for f in result.findings where f.code == "N-09" {
                found.append("\(file.prefix(3)) L\(lines.line(containing: f.range.start) + 1) \(f.severity.name)")
            }
        }
        // are rounding; U-02 (000) and U-03 (001) cannot be decided; 002's budgets and 003 add up.
        XCTAssertEqual(found, ["000 L516 hint", "000 L530 info", "001 L560 hint", "001 L578 hint",
                               "002 L454 info", "004 L525 info", "004 L557 info"])
    }
}
