import JSONRPC
@testable import LanguageServer
import Report
import XCTest

/// `textDocument/documentSymbol`, `textDocument/foldingRange` and `textDocument/definition`.
final class NavigationTests: XCTestCase {
    static let hierarchical: JSONValue = ["textDocument": ["documentSymbol": ["hierarchicalDocumentSymbolSupport": true]]]

    private func names(_ symbols: [JSONValue]?) -> [String] { (symbols ?? []).compactMap { $0["name"]?.stringValue } }

    private func lineOf(_ needle: String, occurrence: Int = 1) -> Int {
        ReportFixture.lspPosition(of: needle, occurrence: occurrence, encoding: .utf16).line
    }

    func testOutlineIsPartsThenTablesThenCategoryRows() throws {
        var harness = ServerHarness.withReport(capabilities: Self.hierarchical)
        let symbols = try XCTUnwrap(harness.ask("textDocument/documentSymbol")?.arrayValue)
        XCTAssertEqual(names(symbols), ["第一部分 概况", "第二部分 2024年部门决算表", "第三部分 情况说明", "第四部分 名词解释"])
        XCTAssertEqual(names(symbols[0]["children"]?.arrayValue), ["一、 本部门职责"])
        let tables = symbols[1]["children"]?.arrayValue ?? []
        XCTAssertEqual(names(tables), ["公开01表 收入支出决算总表", "公开02表 收入决算表", "公开03表 支出决算表",
                                       "公开05表 一般公共预算财政拨款支出决算表", "公开06表 一般公共预算财政拨款基本支出决算明细表"])
        XCTAssertEqual(tables.map { $0["kind"] }, Array(repeating: 23, count: 5))
        XCTAssertEqual(names(tables[0]["children"]?.arrayValue), ["一、一般公共服务支出", "十二、资源勘探工业信息等支出"])
        let rows03 = tables[2]["children"]?.arrayValue ?? []
        XCTAssertEqual(names(rows03).map { $0.prefix(3) }, ["201", "215"])
        XCTAssertEqual(rows03.first?["detail"], "20.00")
        XCTAssertEqual(names(tables[4]["children"]?.arrayValue), ["301 工资福利支出", "302 商品和服务支出"])
        XCTAssertEqual(names(symbols[2]["children"]?.arrayValue), ["一、 收入支出决算总体情况说明", "二、 一般公共预算财政拨款支出决算情况说明"])
        // Ranges: the table from its title line; the part from its heading.
        let title = ReportFixture.line("收入决算表")
        XCTAssertEqual(tables[1]["selectionRange"], lspRange(title, 0, title, 5))
        XCTAssertEqual(tables[1]["range"]?["start"], ["line": .int(title), "character": 0])
        let part = lineOf("第三部分 情况说明")
        XCTAssertEqual(symbols[2]["selectionRange"], lspRange(part, 0, part, 9))
    }

    func testSymbolRangesInEveryEncoding() throws {
        for encoding in PositionEncoding.allCases {
            var harness = ServerHarness.withReport(encoding: encoding, capabilities: Self.hierarchical)
            let symbols = try XCTUnwrap(harness.ask("textDocument/documentSymbol")?.arrayValue)
            let table06 = symbols[1]["children"]?.arrayValue?.last
            let row302 = try XCTUnwrap(table06?["children"]?.arrayValue?.last)
            let at = ReportFixture.lspPosition(of: "302\t商品和服务支出", encoding: encoding)
            XCTAssertEqual(row302["selectionRange"], lspRange(at.line, at.character, at.line, at.character + 3), "\(encoding)")
            let title = ReportFixture.lspPosition(of: "一般公共预算财政拨款基本支出决算明细表", encoding: encoding)
            let width = ["utf-8": 57, "utf-16": 19, "utf-32": 19][encoding.rawValue]!
            XCTAssertEqual(table06?["selectionRange"], lspRange(title.line, 0, title.line, width), "\(encoding)")
        }
    }

    func testFlatSymbolsForClientsWithoutHierarchy() throws {
        var harness = ServerHarness.withReport()
        let symbols = try XCTUnwrap(harness.ask("textDocument/documentSymbol")?.arrayValue)
        XCTAssertNil(symbols.first?["children"])
        let table = try XCTUnwrap(symbols.first { $0["name"] == "公开05表 一般公共预算财政拨款支出决算表" })
        XCTAssertEqual(table["containerName"], "第二部分 2024年部门决算表")
        XCTAssertEqual(table["location"]?["uri"], .string(ReportFixture.uri))
        XCTAssertTrue(symbols.contains { $0["name"] == "215 资源勘探工业信息等支出" && $0["containerName"] == "公开05表 一般公共预算财政拨款支出决算表" })
    }

    func testVolumeOfTwoReportsHasOneEntryPerDepartment() throws {
        let second = ReportFixture.text.replacingOccurrences(of: "XX市工业和信息化局", with: "YY县财政局")
        var harness = ServerHarness.withReport(text: ReportFixture.text + "\n" + second, capabilities: Self.hierarchical)
        let symbols = try XCTUnwrap(harness.ask("textDocument/documentSymbol")?.arrayValue)
        XCTAssertEqual(symbols.count, 2, "\(names(symbols))")
        XCTAssertEqual(symbols.map { $0["kind"] }, [2, 2])
        XCTAssertEqual(names(symbols[1]["children"]?.arrayValue).first, "第一部分 概况")
    }

    func testFoldingRangesCoverTablesPartsAndSections() throws {
        var harness = ServerHarness.withReport()
        let ranges = try XCTUnwrap(harness.ask("textDocument/foldingRange")?.arrayValue)
        let pairs = ranges.compactMap { r -> [Int]? in
            guard let s = r["startLine"]?.intValue, let e = r["endLine"]?.intValue else { return nil }
            return [s, e]
        }
        let table05 = ReportFixture.line("一般公共预算财政拨款支出决算表")
        let last05 = ReportFixture.line("2150517\t产业发展\t266.80\t\t266.80")
        XCTAssertTrue(pairs.contains([table05, last05]), "\(pairs)")
        let part3 = lineOf("第三部分 情况说明")
        let part4 = lineOf("第四部分 名词解释")
        XCTAssertTrue(pairs.contains([part3, part4 - 2]), "\(pairs)")
        let section = lineOf("二、一般公共预算财政拨款支出决算情况说明")
        XCTAssertTrue(pairs.contains([section, lineOf("😀科目2150501")]), "\(pairs)")
        XCTAssertTrue(ranges.allSatisfy { $0["kind"] == "region" })
        XCTAssertEqual(pairs, pairs.sorted { ($0[0], $0[1]) < ($1[0], $1[1]) })
    }

    func testDefinitionFromACodeGoesToItsRowInTable05InEveryEncoding() throws {
        for encoding in PositionEncoding.allCases {
            var harness = ServerHarness.withReport(encoding: encoding)
            let target05 = lineOf("21505\t工业和信息产业监管", occurrence: 2)
            // From table 02's row.
            let from02 = ReportFixture.lspPosition(of: "21505\t工业和信息化", offset: 1, encoding: encoding)
            let location = harness.ask("textDocument/definition", ["position": ["line": .int(from02.line), "character": .int(from02.character)]])
            XCTAssertEqual(location?["uri"], .string(ReportFixture.uri))
            XCTAssertEqual(location?["range"]?["start"], ["line": .int(target05), "character": 0], "\(encoding)")
            // From a narrative phrase, after CJK.
            let phrase = ReportFixture.lspPosition(of: "工业和信息产业监管（款）行政运行（项）13.20", offset: 2, encoding: encoding)
            let fromPhrase = harness.ask("textDocument/definition", ["position": ["line": .int(phrase.line), "character": .int(phrase.character)]])
            XCTAssertEqual(fromPhrase?["range"]?["start"], ["line": .int(target05), "character": 0], "\(encoding)")
            // From a bare code after an astral character: 2150501's row in 05.
            let bare = ReportFixture.lspPosition(of: "2150501行政运行，", offset: 4, encoding: encoding)
            let fromBare = harness.ask("textDocument/definition", ["position": ["line": .int(bare.line), "character": .int(bare.character)]])
            XCTAssertEqual(fromBare?["range"]?["start"], ["line": .int(ReportFixture.line("2150501\t行政运行\t13.20\t13.20\t")), "character": 0], "\(encoding)")
        }
    }

    func testDefinitionFromTable05GoesToTable03AndNothingOnProse() throws {
        var harness = ServerHarness.withReport()
        let on05 = ReportFixture.lspPosition(of: "21505\t工业和信息产业监管", occurrence: 2, encoding: .utf16)
        let location = harness.ask("textDocument/definition", ["position": ["line": .int(on05.line), "character": .int(1)]])
        XCTAssertEqual(location?["range"]?["start"], ["line": .int(lineOf("21505\t工业和信息产业监管", occurrence: 1)), "character": 0])
        let prose = ReportFixture.lspPosition(of: "负责全市", encoding: .utf16)
        XCTAssertEqual(harness.ask("textDocument/definition", ["position": ["line": .int(prose.line), "character": .int(1)]]), .null)
    }
}
