import Checks
import JSONRPC
@testable import LanguageServer
import Report
import XCTest

/// Narrative numbers matched to table cells by a narrative check: hover and definition. No such
/// check is needed for the plumbing: a stand-in producer matches `收入总计300.00万元` to 01's 本年收入合计.
final class NarrativeMatchTests: XCTestCase {
    static let incomeMatcher = FindingProducer(name: "narrative-stand-in") { input in
        let report = input.report
        guard let mention = report.narrative.mentions.first(where: { $0.label.contains("收入总计") }),
              let table = report.table(.incomeExpenditureSummary), let row = table.row(.currentYearIncomeTotal),
              let cell = row.cells.first(where: { $0.amount != nil }) else { return ProducerOutput() }
        let match = NarrativeMatch(code: "N-TEST", mentionRange: mention.range,
                                   counterpart: LocalizedText(zh: "公开01表 本年收入合计 300.00", en: "Table 01 income total 300.00"),
                                   targetRanges: [cell.range], holds: true)
        return ProducerOutput(narrativeMatches: [match])
    }

    private func harness(_ encoding: PositionEncoding) -> ServerHarness {
        var harness = ServerHarness(analyzer: ReportAnalyzer(producers: [Self.incomeMatcher]))
        harness.initialize(encoding: encoding)
        harness.open(ReportFixture.uri, ReportFixture.text)
        harness.waitUntilIdle()
        return harness
    }

    func testHoverAndDefinitionOfAMatchedNarrativeNumberInEveryEncoding() throws {
        for encoding in PositionEncoding.allCases {
            var harness = harness(encoding)
            let number = ReportFixture.lspPosition(of: "300.00万元，支出", offset: 2, encoding: encoding)
            let hover = try XCTUnwrap(harness.hover(line: number.line, character: number.character), "\(encoding)")
            XCTAssertTrue(hover.hoverMarkdown?.contains("公开01表 本年收入合计 300.00 ✓ · N-TEST") ?? false, "\(encoding)")
            let start = ReportFixture.lspPosition(of: "300.00万元，支出", encoding: encoding)
            let width = ["utf-8": 12, "utf-16": 8, "utf-32": 8][encoding.rawValue] ?? 0
            XCTAssertEqual(hover["range"], lspRange(start.line, start.character, start.line, start.character + width), "\(encoding)")
            let definition = harness.ask("textDocument/definition", ["position": ["line": .int(number.line), "character": .int(number.character)]])
            let cell = ReportFixture.lspPosition(of: "本年收入合计\t27\t300.00", offset: 10, encoding: encoding)
            XCTAssertEqual(definition?["range"], lspRange(cell.line, cell.character, cell.line, cell.character + 6), "\(encoding)")
        }
    }

    func testMatchesMoveWithTheTextWhenAnotherReportIsEdited() throws {
        let second = ReportFixture.text.replacingOccurrences(of: "XX市工业和信息化局", with: "YY县财政局")
        var harness = ServerHarness(analyzer: ReportAnalyzer(producers: [Self.incomeMatcher]))
        harness.initialize(encoding: .utf16)
        harness.open(ReportFixture.uri, ReportFixture.text + "\n" + second)
        harness.waitUntilIdle()
        // Edit the first report: the second one's match is kept and moved by the edit's length.
        let edited = ReportFixture.lspPosition(of: "负责全市", encoding: .utf16)
        harness.change(ReportFixture.uri, version: 2, [["range": lspRange(edited.line, 0, edited.line, 0), "text": "（草稿）"]])
        harness.waitUntilIdle()
        let linesBefore = ReportFixture.text.filter { $0 == "\n" }.count + 1
        let number = ReportFixture.lspPosition(of: "300.00万元，支出", offset: 2, encoding: .utf16)
        let hover = harness.hover(line: linesBefore + number.line, character: number.character)
        XCTAssertTrue(hover?.hoverMarkdown?.contains("本年收入合计") ?? false, "\(String(describing: hover))")
        let definition = harness.ask("textDocument/definition", ["position": ["line": .int(linesBefore + number.line), "character": .int(number.character)]])
        let cell = ReportFixture.lspPosition(of: "本年收入合计\t27\t300.00", offset: 10, encoding: .utf16)
        XCTAssertEqual(definition?["range"], lspRange(linesBefore + cell.line, cell.character, linesBefore + cell.line, cell.character + 6))
    }

    /// The real narrative checks: `收入总计300.00万元` is compared with 01's 总计.
    func testNarrativeChecksMatchTheIncomeTotalToTable01() throws {
        var harness = ServerHarness.withReport()
        let number = ReportFixture.lspPosition(of: "300.00万元，支出", offset: 1, encoding: .utf16)
        let markdown = try XCTUnwrap(harness.hover(line: number.line, character: number.character)?.hoverMarkdown)
        XCTAssertTrue(markdown.contains("公开01表 总计 300.00 ✓ · N-01"), markdown)
        let definition = harness.ask("textDocument/definition", ["position": ["line": .int(number.line), "character": .int(number.character)]])
        let total = ReportFixture.lspPosition(of: "总计\t31\t300.00", offset: 6, encoding: .utf16)
        XCTAssertEqual(definition?["range"], lspRange(total.line, total.character, total.line, total.character + 6))
    }
}
