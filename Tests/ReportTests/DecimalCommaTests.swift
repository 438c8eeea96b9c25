import XCTest
@testable import Report

/// Spec V-17: in 001's appendix `10,998` is 10.998 (decimal comma) next to `20,000` (thousands comma).
/// A performance-table figure `D,DDD` (one comma, no decimal point, not `,000`) is not guessed: it is
/// left out of the row's figures, with a parse note.
final class DecimalCommaTests: XCTestCase {
    static let fixture = """
    第二部分 2024年度部门决算表

    附件

    国有企业退休人员社会化管理市级补助资金项目支出绩效自评表

    (2024年度)

    项目名称\t\t国有企业退休人员社会化管理市级补助资金\t\t\t
    项目资金预算安排及执行进度(万元)\t\t\t年初预算数\t\t全年预算数\t全年执行数\t执行率\t得分
    \t资金总额:\t\t10,998\t10,998\t0\t0\t0
    市辖区财政资金\t\t20,000\t20,000\t1,234.50\t100.00\t10.00
    """

    func testDecimalCommaFigureIsNotGuessed() throws {
        let doc = TestSupport.parse(Self.fixture)
        let appendix = try table(doc, .projectPerformance)
        let total = try XCTUnwrap(appendix.rows.first { $0.name?.normalized.hasPrefix("资金总额") == true })
        XCTAssertFalse(total.cells.contains { $0.amount == Amount(parsing: "10998") }, "10,998 is not read as 10998")
        let notes = appendix.notes.filter { $0.code == .ambiguousNumber }
        XCTAssertEqual(notes.count, 2)
        XCTAssertEqual(notes.map { TestSupport.text($0.range, in: Self.fixture) }, ["10,998", "10,998"])
        // Thousands commas that cannot be decimal commas (`20,000`, `1,234.50`) are read.
        let funds = try XCTUnwrap(appendix.rows.first { $0.name?.normalized == "市辖区财政资金" })
        XCTAssertEqual(funds.cells.compactMap(\.amount).prefix(3), [Amount(parsing: "20000"), Amount(parsing: "20000"), Amount(parsing: "1234.50")])
    }
}
