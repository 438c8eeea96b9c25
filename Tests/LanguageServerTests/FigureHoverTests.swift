import JSONRPC
@testable import LanguageServer
import Report
import XCTest

/// Hovers on figures show the check identities they take part in, with their numbers.
final class FigureHoverTests: XCTestCase {
    func testTotalShowsItsIdentityWithNumbers() throws {
        var harness = ServerHarness.withReport()
        // 03, row 215: 本年支出合计 280.00 = 基本支出 13.20 + 项目支出 266.80.
        let at = ReportFixture.lspPosition(of: "215\t资源勘探工业信息等支出\t280.00", offset: 16, encoding: .utf16)
        let hover = try XCTUnwrap(harness.hover(line: at.line, character: at.character))
        let markdown = try XCTUnwrap(hover.hoverMarkdown)
        XCTAssertTrue(markdown.contains("公开03表 支出决算表 › 215 资源勘探工业信息等支出 › 本年支出合计"), markdown)
        XCTAssertTrue(markdown.contains("`280.00 = 13.20 + 266.80 ✓`"), markdown)
        XCTAssertFalse(markdown.contains("没有核对涉及此数字"), markdown)
        XCTAssertEqual(hover["range"], lspRange(at.line, at.character, at.line, at.character + 6))
    }

    func testAddendShowsTheIdentitiesItTakesPartIn() throws {
        var harness = ServerHarness.withReport(locale: "en")
        let markdown = try XCTUnwrap(harness.hoverMarkdown(at: "215\t资源勘探工业信息等支出\t280.00\t13.20", offset: 24))
        XCTAssertTrue(markdown.contains("`280.00 = 13.20 + 266.80 ✓`"), markdown)
        XCTAssertTrue(markdown.contains("Table 03"), markdown)
    }

    func testViolatedIdentityShowsDifferenceAndTolerance() throws {
        for encoding in PositionEncoding.allCases {
            var harness = ServerHarness.withReport(encoding: encoding)
            // 05, row 2150517: 小计 266.80 → 266.90 while 项目支出 stays 266.80.
            let row = ReportFixture.line("2150517\t产业发展\t266.80\t\t266.80")
            let start = ReportFixture.lspPosition(of: "2150517\t产业发展\t266.80\t\t266.80", occurrence: 2, offset: 13, encoding: encoding)
            XCTAssertEqual(start.line, row)
            harness.change(ReportFixture.uri, version: 2, [["range": lspRange(row, start.character + 4, row, start.character + 5), "text": "9"]])
            harness.waitUntilIdle()
            let markdown = try XCTUnwrap(harness.hover(line: row, character: start.character + 2)?.hoverMarkdown, "\(encoding)")
            XCTAssertTrue(markdown.contains("266.90 ≠"), "\(encoding): \(markdown)")
            XCTAssertTrue(markdown.contains("✗"), "\(encoding): \(markdown)")
            XCTAssertTrue(markdown.contains("差 0.10"), "\(encoding): \(markdown)")
        }
    }
}
