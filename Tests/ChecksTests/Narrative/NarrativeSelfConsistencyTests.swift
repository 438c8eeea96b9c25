import XCTest
@testable import Checks
import Report

/// Narrative rules that need no table: changes, counts against lists, years, template leftovers.
final class NarrativeSelfConsistencyTests: XCTestCase {
    private func findings(_ text: String, year: Int = 2024) -> [Finding] {
        let bytes = Array(text.utf8)
        let narrative = NarrativeParser.parse(bytes)
        let report = Report(range: SourceRange(start: 0, end: bytes.count),
                            year: HeaderField(value: year, range: SourceRange(start: 0, end: 0)))
        return NarrativeChecker().check(report, narrative: narrative).findings
    }

    private func source(_ text: String, _ range: SourceRange) -> String {
        String(decoding: Array(text.utf8)[range.range], as: UTF8.self)
    }

    func testChangeRateAgainstChangeAndCurrentAmount() throws {
        let ok = "第三部分 情况说明\n一、收入支出决算总体情况说明\n2024年度收入总计1,835.83万元，支出总计1,835.83万元。与上年相比，收入总计减少1,910.36万元，下降50.99%，支出总计减少1,910.36万元，下降50.99%。\n"
        XCTAssertEqual(findings(ok).map(\.code), [])
        let bad = ok.replacingOccurrences(of: "下降50.99%，支出", with: "下降54.35%，支出")
        let f = try XCTUnwrap(findings(bad).first)
        XCTAssertEqual(f.code, "N-02")
        XCTAssertEqual(f.severity, .error)
        XCTAssertEqual(source(bad, f.range), "54.35%")
        XCTAssertEqual(f.fixes.first?.replacements.first?.newText, "50.99")
        XCTAssertEqual(f.related.count, 2)
    }

    func testIncomeAndExpenditureChangesMustAgree() throws {
        let text = "第三部分 情况说明\n一、收入支出决算总体情况说明\n2024年度收入总计1,835.83万元，支出总计1,835.83万元。与上年相比，收入总计减少1,910.36万元，支出总计减少1,910.46万元。\n"
        let f = try XCTUnwrap(findings(text).first { $0.code == "N-02" })
        XCTAssertEqual(source(text, f.range), "1,910.46万元")
    }

    func testAmountsInOtherUnitsAreComparedAtTheirOwnPrecision() throws {
        let head = "第三部分 情况说明\n一、收入支出决算总体情况说明\n2024年度收入总计1,835.83万元，支出总计1,835.83万元。与上年相比，"
        XCTAssertEqual(findings(head + "收入总计减少0.15亿元，支出总计减少1,523.45万元。\n").map(\.code), [])
        XCTAssertEqual(findings(head + "收入总计减少15,234,500元，支出总计减少1,523.45万元。\n").map(\.code), [])
        let f = try XCTUnwrap(findings(head + "收入总计减少1,523.45万元，支出总计减少15,334,500元。\n").first)
        XCTAssertEqual(f.code, "N-02")
        XCTAssertTrue(f.message.zh.contains("差 100000元"), f.message.zh)
        XCTAssertEqual(f.fixes.first?.replacements.first?.newText, "15,234,500")
    }

    func testNoGrowthRateWhenThePriorYearIsZero() throws {
        let text = "第三部分 情况说明\n十、其他重要事项情况说明\n（一）机关运行经费支出情况说明\n2024年机关运行经费支出11.99万元，比2023年增加11.99万元，增长100.00%。\n"
        let f = try XCTUnwrap(findings(text).first)
        XCTAssertEqual(f.code, "N-02")
        XCTAssertEqual(source(text, f.range), "100.00%")
    }

    func testStatedCountAgainstTheList() throws {
        let text = "第一部分 概况\n二、机构设置情况\n我单位设置4个股室，分别是：1、综合股；2、财务股；3、规划股。\n"
        let f = try XCTUnwrap(findings(text).first)
        XCTAssertEqual(f.code, "N-21")
        XCTAssertEqual(source(text, f.range), "4个")
        XCTAssertEqual(f.fixes.first?.replacements.first?.newText, "3")
        XCTAssertEqual(findings(text.replacingOccurrences(of: "4个", with: "3个")).map(\.code), [])
        // `（不包括陪同人员）` is not a list.
        XCTAssertEqual(findings("第三部分 情况说明\n2024年共接待国内来访团组0个、来宾0人次（不包括陪同人员）。\n").map(\.code), [])
    }

    func testReportingYear() throws {
        let text = "第三部分 情况说明\n十、其他重要事项情况说明\n截至2023年12月31日，本部门（单位）共有车辆9辆。我部门2023年度整体支出预算总额1220.96万元。比2023年增加0.23万元。\n"
        let codes = findings(text).filter { $0.code == "O-01" }.map { source(text, $0.range) }
        XCTAssertEqual(codes, ["2023年", "2023年度"])
        // `较2024年初预算` compares with the start of the year, not with the previous year.
        XCTAssertEqual(findings("第三部分 情况说明\n2024年度支出决算较2024年初预算减少10.00万元。\n").filter { $0.code == "O-01" }.count, 0)
    }

    func testTemplateLeftovers() throws {
        let f = try XCTUnwrap(findings("第一部分 概况\nXX局是主管全县工业的部门。\n").first)
        XCTAssertEqual(f.code, "O-12")
        XCTAssertEqual(f.severity, .warning)
    }

    func testComparisonWords() throws {
        let text = "第三部分 情况说明\n九、“三公”经费支出决算情况说明\n1．因公出国（境）费预算为 1 万元，支出决算为 0 万元，完成预算的 0%。决算数与年初预算数一致。\n"
        XCTAssertEqual(findings(text).map(\.code), ["N-22"])
    }
}
