import JSONRPC
@testable import LanguageServer
import Report
import XCTest

/// The name checks through the server: published diagnostics and their quick fix, in every encoding.
final class NameDiagnosticsTests: XCTestCase {
    func testCatalogNameMismatchIsAWarningWithAQuickFixInEveryEncoding() throws {
        for encoding in PositionEncoding.allCases {
            var harness = ServerHarness.withReport(encoding: encoding)
            let diagnostics = harness.published(ReportFixture.uri).last?["diagnostics"]?.arrayValue ?? []
            let mismatch = try XCTUnwrap(diagnostics.first { $0["code"] == "O-09-CATALOG" }, "\(encoding)")
            let start = ReportFixture.lspPosition(of: "工业和信息化产业监管", encoding: encoding)
            let width = ["utf-8": 30, "utf-16": 10, "utf-32": 10][encoding.rawValue] ?? 0
            let range = lspRange(start.line, start.character, start.line, start.character + width)
            XCTAssertEqual(mismatch["range"], range, "\(encoding)")
            XCTAssertEqual(mismatch["severity"], 2)
            XCTAssertEqual(mismatch["relatedInformation"]?.arrayValue?.count, 2, "\(encoding)") // 03 and 05
            let unknown = try XCTUnwrap(diagnostics.first { $0["code"] == "O-09-UNKNOWN" })
            XCTAssertEqual(unknown["severity"], 3)

            let actions = harness.ask("textDocument/codeAction", ["range": range, "context": ["diagnostics": [mismatch]]])?.arrayValue ?? []
            let fix = try XCTUnwrap(actions.first, "\(encoding)")
            XCTAssertEqual(fix["title"], "改为“工业和信息产业监管”")
            let edit = fix["edit"]?["changes"]?[ReportFixture.uri]?.arrayValue?.first
            XCTAssertEqual(edit?["range"], range, "\(encoding)")
            XCTAssertEqual(edit?["newText"], "工业和信息产业监管")
        }
    }

    func testApplyingTheFixClearsTheWarning() throws {
        let harness = ServerHarness.withReport()
        let start = ReportFixture.lspPosition(of: "工业和信息化产业监管", encoding: .utf16)
        harness.change(ReportFixture.uri, version: 2, [["range": lspRange(start.line, start.character, start.line, start.character + 10),
                                                        "text": "工业和信息产业监管"]])
        harness.waitUntilIdle()
        let diagnostics = harness.published(ReportFixture.uri).last?["diagnostics"]?.arrayValue ?? []
        XCTAssertFalse(diagnostics.contains { $0["code"] == "O-09-CATALOG" }, "\(diagnostics)")
        XCTAssertEqual(harness.published(ReportFixture.uri).last?["version"], 2)
    }

    func testEnglishMessages() throws {
        let harness = ServerHarness.withReport(locale: "en")
        let diagnostics = harness.published(ReportFixture.uri).last?["diagnostics"]?.arrayValue ?? []
        let mismatch = try XCTUnwrap(diagnostics.first { $0["code"] == "O-09-CATALOG" })
        XCTAssertTrue(mismatch["message"]?.stringValue?.hasPrefix("Table 02: the name “工业和信息化产业监管” of subject 21505 differs") ?? false,
                      "\(String(describing: mismatch["message"]))")
    }
}
