import XCTest
@testable import Report

/// Space-separated 01/04 rows (seed 003 layout) whose figures are written without a decimal point:
/// an integer after a 行次 is a 行次 only when it continues a half's 行次 sequence (spec §1.3 item 3).
final class SpacedRowNumberTests: XCTestCase {
    static let fixture = """
     第二部分 2024 年度部门决算表

     收入支出决算总表

    公开 01 表

    部门：XX区工业和信息化局 单位：万元

    收入 支出

    项 目 行次 决算数 项 目 行次 决算数

    栏 次 1 栏 次 2

    一、一般公共预算财政拨款收入 1 300 一、一般公共服务支出 26 212

    二、政府性基金预算财政拨款收入 2 二、外交支出 27

    3 六、科学技术支出 31 88

    4 ...... 34

    本年收入合计 21 300 本年支出合计 39 300

     总计 25 300 总计 43 300

    注：本表反映部门本年度的总收支和年末结转结余情况。

     财政拨款收入支出决算总表

    公开 04 表

    部门：XX区工业和信息化局 单位：万元

    收入 支出

    项 目 行次 金额 项 目 行次 合计

    栏 次 1 栏 次 2 3 4 5

    一、一般公共预算财政拨款 1 300 一、一般公共服务支出 26 212 212

    二、政府性基金预算财政拨款 2 二、外交支出 27

    3 六、科学技术支出 31 88 88

    4 七、文化旅游体育与传媒支出 32 5 5

    本年收入合计 20 300 本年支出合计 38 300 300

    年初财政拨款结转和结余 21 年末财政拨款结转和结余 39

    一般公共预算财政拨款 22 40

    政府性基金预算财政拨款 23 41

    注：本表反映部门本年度财政拨款的总收支情况。
    """

    private func figures(_ row: Row?) -> [String] { row?.cells.compactMap { $0.amount?.description } ?? [] }

    func testIntegerFiguresAfterRowNumbersAreFigures() throws {
        let doc = TestSupport.parse(Self.fixture)
        let summary = try table(doc, .incomeExpenditureSummary)
        XCTAssertEqual(summary.layout, .spaceSeparated)
        let general = try XCTUnwrap(summary.row(.incomeSource(.generalBudget)))
        XCTAssertEqual(general.number?.value, 1)
        XCTAssertEqual(figures(general), ["300"])
        let publicService = try XCTUnwrap(summary.rows.first { $0.categoryCode == "201" })
        XCTAssertEqual(publicService.number?.value, 26)
        XCTAssertEqual(figures(publicService), ["212"])
        let science = try XCTUnwrap(summary.rows.first { $0.categoryCode == "206" })
        XCTAssertEqual(science.number?.value, 31)
        XCTAssertEqual(figures(science), ["88"])
        XCTAssertEqual(summary.rows.filter { $0.side == .income }.compactMap(\.number?.value), [1, 2, 3, 4, 21, 25])
        XCTAssertEqual(summary.rows.filter { $0.side == .expenditure }.compactMap(\.number?.value), [26, 27, 31, 34, 39, 43])
        XCTAssertEqual(figures(summary.row(.grandTotal, side: .expenditure)), ["300"])

        let fiscal = try table(doc, .fiscalAppropriationSummary)
        let fiscalScience = try XCTUnwrap(fiscal.rows.first { $0.categoryCode == "206" })
        XCTAssertEqual(fiscalScience.number?.value, 31)
        XCTAssertEqual(figures(fiscalScience), ["88", "88"])
        XCTAssertEqual(fiscalScience.cells.first?.column, fiscal.columnIndex(.total))
        // `5 5`: figures on the line of 行次 32, although the next line's 行次 would be 5.
        let culture = try XCTUnwrap(fiscal.rows.first { $0.categoryCode == "207" })
        XCTAssertEqual(culture.number?.value, 32)
        XCTAssertEqual(figures(culture), ["5", "5"])
        // Label-less 支出 halves of the fund sub-lines: 40 and 41 continue the 支出 sequence (39 →).
        XCTAssertEqual(fiscal.rows.filter { $0.side == .expenditure }.compactMap(\.number?.value), [26, 27, 31, 32, 38, 39, 40, 41])
        XCTAssertEqual(fiscal.rows.filter { $0.side == .income }.compactMap(\.number?.value), [1, 2, 3, 4, 20, 21, 22, 23])
        XCTAssertTrue(fiscal.rows.filter { $0.number?.value ?? 0 >= 39 }.allSatisfy { $0.cells.allSatisfy { $0.amount == nil } })
        XCTAssertEqual(fiscal.notes.filter { $0.code == .unrecognizedLine }, [])
    }
}
