import XCTest
@testable import Report

/// Finding the model element at an offset, and the JSON dump.
final class ModelLookupTests: XCTestCase {
    private func offset(of needle: String, in text: String, occurrence: Int = 0) throws -> Int {
        let bytes = Array(text.utf8), n = Array(needle.utf8)
        var found = -1, seen = 0, i = 0
        while i + n.count <= bytes.count {
            if Array(bytes[i..<(i + n.count)]) == n {
                if seen == occurrence { found = i; break }
                seen += 1
            }
            i += 1
        }
        return try XCTUnwrap(found >= 0 ? found : nil, "\(needle) not found")
    }

    func testLocationOfCodeNameCellAndNarrative() throws {
        let text = Fixtures.tabReport
        let doc = TestSupport.parse(text)
        let codeOffset = try offset(of: "2080505\t机关事业单位基本 养老", in: text)
        let onCode = try XCTUnwrap(doc.location(at: codeOffset + 2))
        XCTAssertEqual(onCode.part, .code)
        let table = try XCTUnwrap(doc.table(at: onCode))
        XCTAssertEqual(table.kind, .income)
        XCTAssertEqual(table.rows[try XCTUnwrap(onCode.row)].code?.text, "2080505")
        // A cursor right after the code still counts.
        XCTAssertEqual(doc.location(at: codeOffset + 7)?.part, .code)

        let nameOffset = codeOffset + 8 + 3
        XCTAssertEqual(doc.location(at: nameOffset)?.part, .name)

        let cellOffset = try offset(of: "150.00\t100.00", in: text)   // 03 行政运行's 基本支出
        let onCell = try XCTUnwrap(doc.location(at: cellOffset + 1))
        XCTAssertEqual(onCell.part, .cell)
        let cellTable = try XCTUnwrap(doc.table(at: onCell))
        let cell = cellTable.rows[try XCTUnwrap(onCell.row)].cells[try XCTUnwrap(onCell.cell)]
        XCTAssertEqual(cellTable.columns[try XCTUnwrap(cell.column)].role, .basic)

        let narrative = try offset(of: "负责全市工业", in: text)
        XCTAssertEqual(doc.location(at: narrative)?.part, .narrative)
        XCTAssertEqual(doc.location(at: try offset(of: "收入决算表", in: text, occurrence: 0))?.part, .tableTitle)
    }

    func testDumpJSONHasTablesRowsCellsAndPositions() throws {
        let text = Fixtures.pipeTable
        let json = TestSupport.parse(text).dumpJSON(text: Array(text.utf8), file: "fixture.md").serialized()
        XCTAssertTrue(json.contains("\"kind\":\"generalBudgetExpenditure\""), json)
        XCTAssertTrue(json.contains("\"layout\":\"pipe\""))
        XCTAssertTrue(json.contains("\"role\":\"project\""))
        XCTAssertTrue(json.contains("\"value\":\"100.00\",\"decimals\":2"))
        XCTAssertTrue(json.contains("\"assignment\":\"certain\""))
        // `| 201 | 一般公共服务支出 | 300.00 |…` is line 13; the code starts at UTF-16 column 3.
        XCTAssertTrue(json.contains("\"at\":\"13:3\",\"code\":\"201\""), json)
        XCTAssertEqual(ModelJSON.object([("a", .array([.int(1), .null, .string("\"引号\"\n")]))]).serialized(), "{\"a\":[1,null,\"\\\"引号\\\"\\n\"]}")
    }
}
