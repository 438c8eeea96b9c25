import JSONRPC
@testable import LanguageServer
import Report
import XCTest

/// `textDocument/hover` on codes (rows, 01 labels, narrative phrases, bare codes), unknown
/// codes and figures, in every position encoding.
final class HoverTests: XCTestCase {
    func testCodeInTableRowShowsChainFiguresAndNameMismatch() throws {
        var harness = ServerHarness.withReport()
        // 21505 in 02 is named 工业和信息化产业监管 (the catalog says 工业和信息产业监管).
        let at = ReportFixture.lspPosition(of: "21505\t工业和信息化", offset: 2, encoding: .utf16)
        let hover = try XCTUnwrap(harness.hover(line: at.line, character: at.character))
        let markdown = try XCTUnwrap(hover.hoverMarkdown)
        XCTAssertTrue(markdown.contains("215 资源勘探工业信息等支出 › 21505 工业和信息产业监管"), markdown)
        XCTAssertTrue(markdown.contains("支出功能分类科目"), markdown)
        XCTAssertTrue(markdown.contains("⚠"), markdown)
        XCTAssertTrue(markdown.contains("公开02表"), markdown)
        XCTAssertTrue(markdown.contains("公开03表 支出决算表：本年支出合计 280.00 · 基本支出 13.20 · 项目支出 266.80"), markdown)
        XCTAssertTrue(markdown.contains("公开05表 一般公共预算财政拨款支出决算表：小计 280.00 · 基本支出 13.20 · 项目支出 266.80"), markdown)
        XCTAssertEqual(hover["range"], lspRange(at.line, 0, at.line, 5))
    }

    func testMatchingNameSaysSoAndOtherNamesAreListed() throws {
        var harness = ServerHarness.withReport()
        let markdown = try XCTUnwrap(harness.hoverMarkdown(at: "21505\t工业和信息产业监管"))
        XCTAssertTrue(markdown.contains("✓ 名称与科目目录一致"), markdown)
        XCTAssertTrue(markdown.contains("本文其他写法"), markdown)
        XCTAssertTrue(markdown.contains("“工业和信息化产业监管”"), markdown)
    }

    func testHoverOnTheNameExplainsItsCode() throws {
        var harness = ServerHarness.withReport()
        let markdown = try XCTUnwrap(harness.hoverMarkdown(at: "2010401\t行政运行", occurrence: 2, offset: 9))
        XCTAssertTrue(markdown.contains("201 一般公共服务支出 › 20104 发展与改革事务 › 2010401 行政运行"), markdown)
    }

    func testEconomicCodeInTable06() throws {
        var harness = ServerHarness.withReport()
        let markdown = try XCTUnwrap(harness.hoverMarkdown(at: "30201\t办公费"))
        XCTAssertTrue(markdown.contains("部门预算支出经济分类科目"), markdown)
        XCTAssertTrue(markdown.contains("302 商品和服务支出 › 30201 办公费"), markdown)
        XCTAssertTrue(markdown.contains("公开06表"), markdown)
    }

    func testCodesAfterCJKCellsInEveryEncoding() throws {
        for encoding in PositionEncoding.allCases {
            var harness = ServerHarness.withReport(encoding: encoding)
            // 06's second column group: 302 after 工资福利支出 and a figure.
            let code = ReportFixture.lspPosition(of: "302\t商品和服务支出", offset: 1, encoding: encoding)
            let hover = try XCTUnwrap(harness.hover(line: code.line, character: code.character), "\(encoding)")
            XCTAssertTrue(hover.hoverMarkdown?.hasPrefix("**302 商品和服务支出**") ?? false, "\(encoding)")
            XCTAssertEqual(hover["range"], lspRange(code.line, code.character - 1, code.line, code.character + 2), "\(encoding)")
            // 01's right-hand 类 label after the left-hand label and figures.
            let label = ReportFixture.lspPosition(of: "一、一般公共服务支出", offset: 3, encoding: encoding)
            let labelHover = try XCTUnwrap(harness.hover(line: label.line, character: label.character), "\(encoding)")
            XCTAssertTrue(labelHover.hoverMarkdown?.hasPrefix("**201 一般公共服务支出**") ?? false, "\(encoding)")
            let start = ReportFixture.lspPosition(of: "一、一般公共服务支出", encoding: encoding)
            let end = ReportFixture.lspPosition(of: "一、一般公共服务支出\t32", offset: 10, encoding: encoding)
            XCTAssertEqual(labelHover["range"], lspRange(start.line, start.character, end.line, end.character), "\(encoding)")
        }
    }

    func testTable01CategoryLabelHoversItsCode() throws {
        var harness = ServerHarness.withReport()
        let markdown = try XCTUnwrap(harness.hoverMarkdown(at: "十二、资源勘探工业信息等支出", offset: 4))
        XCTAssertTrue(markdown.contains("**215 资源勘探工业信息等支出**"), markdown)
        XCTAssertTrue(markdown.contains("✓"), markdown)
        XCTAssertTrue(markdown.contains("公开01表 收入支出决算总表"), markdown)
    }

    func testUnknownCodeSaysSoWithWrittenNameAndKnownChain() throws {
        var harness = ServerHarness.withReport()
        let markdown = try XCTUnwrap(harness.hoverMarkdown(at: "2150588"))
        XCTAssertTrue(markdown.contains("科目目录中没有此代码"), markdown)
        XCTAssertTrue(markdown.contains("本文名称：“虚构事务”"), markdown)
        XCTAssertTrue(markdown.contains("215 资源勘探工业信息等支出 › 21505 工业和信息产业监管"), markdown)
    }

    func testEnglishWhenTheLocaleIsEnglish() throws {
        var harness = ServerHarness.withReport(locale: "en-US")
        let markdown = try XCTUnwrap(harness.hoverMarkdown(at: "2150588"))
        XCTAssertTrue(markdown.contains("This code is not in the catalog."), markdown)
        let rowMarkdown = try XCTUnwrap(harness.hoverMarkdown(at: "21505\t工业和信息产业监管"))
        XCTAssertTrue(rowMarkdown.contains("Figures in this document"), rowMarkdown)
        XCTAssertTrue(rowMarkdown.contains("Table 05"), rowMarkdown)
        XCTAssertTrue(rowMarkdown.contains("basic expenditure 13.20"), rowMarkdown)
    }

    func testPhrasePartsHoverTheirCodeInEveryEncoding() throws {
        for encoding in PositionEncoding.allCases {
            var harness = ServerHarness.withReport(encoding: encoding)
            let expectations = [("工业和信息产业监管（款）行政运行（项）13.20", "**21505 工业和信息产业监管**", "工业和信息产业监管（款）"),
                                ("行政运行（项）13.20", "**2150501 行政运行**", "行政运行（项）"),
                                ("发展与改革事务（款）", "**20104 发展与改革事务**", "发展与改革事务（款）")]
            for (needle, title, covered) in expectations {
                let at = ReportFixture.lspPosition(of: needle, offset: 1, encoding: encoding)
                let hover = try XCTUnwrap(harness.hover(line: at.line, character: at.character), "\(encoding) \(needle)")
                XCTAssertTrue(hover.hoverMarkdown?.contains(title) ?? false, "\(encoding): \(hover.hoverMarkdown ?? "")")
                let start = ReportFixture.lspPosition(of: covered, occurrence: 1, encoding: encoding)
                let width = encoding == .utf8 ? covered.utf8.count : encoding == .utf16 ? covered.utf16.count : covered.unicodeScalars.count
                XCTAssertEqual(hover["range"], lspRange(start.line, start.character, start.line, start.character + width), "\(encoding) \(needle)")
            }
        }
    }

    func testPhraseWithUnknownNameShowsTheKnownPartOfTheChain() throws {
        var harness = ServerHarness.withReport()
        let markdown = try XCTUnwrap(harness.hoverMarkdown(at: "虚构事务（项）"))
        XCTAssertTrue(markdown.contains("“虚构事务”（项）"), markdown)
        XCTAssertTrue(markdown.contains("已知的上级科目：215 资源勘探工业信息等支出 › 21505 工业和信息产业监管"), markdown)
        XCTAssertTrue(markdown.contains("2150501 行政运行"), markdown) // the codes that do exist there
    }

    func testBareCodeAfterAstralCharacterInEveryEncoding() throws {
        for encoding in PositionEncoding.allCases {
            var harness = ServerHarness.withReport(encoding: encoding)
            let at = ReportFixture.lspPosition(of: "2150501行政运行，", offset: 3, encoding: encoding)
            let hover = try XCTUnwrap(harness.hover(line: at.line, character: at.character), "\(encoding)")
            XCTAssertTrue(hover.hoverMarkdown?.contains("**2150501 行政运行**") ?? false, "\(encoding)")
            let start = ReportFixture.lspPosition(of: "2150501行政运行，", encoding: encoding)
            XCTAssertEqual(hover["range"], lspRange(start.line, start.character, start.line, start.character + 7), "\(encoding)")
            // `300万元` on the same line is an amount, not a code.
            let amount = ReportFixture.lspPosition(of: "300万元。", offset: 1, encoding: encoding)
            XCTAssertEqual(harness.hover(line: amount.line, character: amount.character), .null, "\(encoding)")
        }
    }

    func testFigureShowsItsPlaceWithoutChecks() throws {
        var harness = ServerHarness.withReport()
        let at = ReportFixture.lspPosition(of: "266.80\t\t266.80", occurrence: 1, offset: 8, encoding: .utf16)
        let hover = try XCTUnwrap(harness.hover(line: at.line, character: at.character))
        let markdown = try XCTUnwrap(hover.hoverMarkdown)
        XCTAssertTrue(markdown.contains("公开03表 支出决算表 › 2150517 产业发展 › 项目支出"), markdown)
        XCTAssertEqual(hover["range"], lspRange(at.line, at.character, at.line, at.character + 6))
    }

    func testNothingOnPlainText() throws {
        var harness = ServerHarness.withReport()
        let at = ReportFixture.lspPosition(of: "负责全市", encoding: .utf16)
        XCTAssertEqual(harness.hover(line: at.line, character: at.character), .null)
        XCTAssertEqual(harness.hover(line: 10_000, character: 3), .null)
    }

    func testHoverRequestedBeforeTheAnalysisWaitsForIt() throws {
        var harness = ServerHarness.withReport()
        // Insert a line at the top, then hover at once on the (moved) code.
        harness.change(ReportFixture.uri, version: 2, [["range": lspRange(0, 0, 0, 0), "text": "草稿\n"]])
        let at = ReportFixture.lspPosition(of: "2150588", encoding: .utf16)
        let id = harness.request("textDocument/hover", ["textDocument": ["uri": .string(ReportFixture.uri)],
                                                        "position": ["line": .int(at.line + 1), "character": .int(at.character)]])
        var answer = harness.result(id)
        for _ in 0..<5000 where answer == nil {
            harness.waitUntilIdle()
            usleep(1000)
            answer = harness.result(id)
        }
        XCTAssertTrue(answer?.hoverMarkdown?.contains("2150588") ?? false, "\(String(describing: answer))")
    }
}
