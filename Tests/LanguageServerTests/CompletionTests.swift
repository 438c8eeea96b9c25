import JSONRPC
@testable import LanguageServer
import Report
import XCTest

/// `textDocument/completion` of codes and names in table rows, in every position encoding.
final class CompletionTests: XCTestCase {
    private func complete(_ harness: inout ServerHarness, line: Int, character: Int) -> [JSONValue] {
        harness.ask("textDocument/completion", ["position": ["line": .int(line), "character": .int(character)]])?["items"]?.arrayValue ?? []
    }

    func testCodePrefixOffersCodesWithNamesAndChains() throws {
        var harness = ServerHarness.withReport()
        let at = ReportFixture.lspPosition(of: "2150588\t虚构事务", offset: 5, encoding: .utf16)
        let items = complete(&harness, line: at.line, character: at.character)
        let labels = items.compactMap { $0["label"]?.stringValue }
        XCTAssertEqual(labels.first, "21505 工业和信息产业监管")
        XCTAssertTrue(labels.contains("2150501 行政运行"), "\(labels)")
        XCTAssertTrue(labels.allSatisfy { $0.hasPrefix("21505") }, "\(labels)")
        let first = try XCTUnwrap(items.first)
        XCTAssertEqual(first["textEdit"]?["newText"], "21505")
        XCTAssertEqual(first["textEdit"]?["range"], lspRange(at.line, 0, at.line, 5))
        XCTAssertEqual(first["detail"], "215 资源勘探工业信息等支出 › 21505 工业和信息产业监管")
    }

    func testEconomicCodesInTable06AfterCJKInEveryEncoding() throws {
        for encoding in PositionEncoding.allCases {
            var harness = ServerHarness.withReport(encoding: encoding)
            let at = ReportFixture.lspPosition(of: "302\t商品和服务支出", offset: 2, encoding: encoding)
            let items = complete(&harness, line: at.line, character: at.character)
            let labels = items.compactMap { $0["label"]?.stringValue }
            XCTAssertTrue(labels.contains("30201 办公费"), "\(encoding): \(labels)")
            XCTAssertTrue(labels.allSatisfy { $0.hasPrefix("30") }, "\(encoding): \(labels)")
            XCTAssertFalse(labels.contains { $0.hasPrefix("2") }, "\(encoding)")
            XCTAssertEqual(items.first?["textEdit"]?["range"], lspRange(at.line, at.character - 2, at.line, at.character), "\(encoding)")
        }
    }

    func testPartOfANameAfterACodeOffersMatchingCodesAndInsertsTheName() throws {
        for encoding in PositionEncoding.allCases {
            var harness = ServerHarness.withReport(encoding: encoding)
            let at = ReportFixture.lspPosition(of: "2150517\t产业发展", offset: 10, encoding: encoding) // after 产业
            let items = complete(&harness, line: at.line, character: at.character)
            let item = try XCTUnwrap(items.first { $0["label"] == "2150517 产业发展" }, "\(encoding): \(items)")
            XCTAssertEqual(item["textEdit"]?["newText"], "产业发展")
            let start = ReportFixture.lspPosition(of: "2150517\t产业发展", offset: 8, encoding: encoding)
            XCTAssertEqual(item["textEdit"]?["range"], lspRange(at.line, start.character, at.line, at.character), "\(encoding)")
            XCTAssertEqual(item["filterText"], "产业")
        }
    }

    func testNameTypedAsTheFirstCellInsertsCodeAndName() throws {
        var harness = ServerHarness.withReport(encoding: .utf16)
        // A new row in 05, after its 2010401 row, typed as 行政.
        let line = ReportFixture.line("2010401\t行政运行\t20.00\t20.00\t")
        harness.change(ReportFixture.uri, version: 2, [["range": lspRange(line + 1, 0, line + 1, 0), "text": "行政\n"]])
        harness.waitUntilIdle()
        let items = complete(&harness, line: line + 1, character: 2)
        let item = try XCTUnwrap(items.first { $0["label"] == "2010401 行政运行" }, "\(items)")
        XCTAssertEqual(item["textEdit"]?["newText"], "2010401\t行政运行")
        XCTAssertEqual(item["textEdit"]?["range"], lspRange(line + 1, 0, line + 1, 2))
    }

    func testNothingInProseOrOnEmptyText() {
        var harness = ServerHarness.withReport()
        let prose = ReportFixture.lspPosition(of: "300万元。", offset: 3, encoding: .utf16)
        XCTAssertTrue(complete(&harness, line: prose.line, character: prose.character).isEmpty)
        let blank = ReportFixture.lspPosition(of: "第三部分", encoding: .utf16)
        XCTAssertTrue(complete(&harness, line: blank.line - 1, character: 0).isEmpty)
    }

    func testCompletionTokenFields() {
        let bytes = Array("| 2150517 | 产业".utf8)
        let token = CompletionToken.at(bytes.count, in: bytes)
        XCTAssertEqual(token?.text, "产业")
        XCTAssertEqual(token?.previousField, "2150517")
        XCTAssertEqual(token?.isFirstField, false)
        let first = CompletionToken.at(4, in: Array("  21\t".utf8))
        XCTAssertEqual(first?.text, "21")
        XCTAssertEqual(first?.isFirstField, true)
        XCTAssertNil(CompletionToken.at(0, in: Array("21".utf8)))
        XCTAssertNil(CompletionToken.at(9, in: Array("21".utf8)))
    }
}
