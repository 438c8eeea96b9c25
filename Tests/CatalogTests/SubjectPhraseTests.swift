import XCTest
@testable import Catalog

final class SubjectPhraseTests: XCTestCase {
    private func resolve(_ text: String) throws -> PhraseResolution {
        Catalog.builtIn.resolve(try XCTUnwrap(SubjectPhrase.parse(text), text))
    }

    func testParsesNamesLevelsAndByteRanges() throws {
        let text = "1．一般公共服务支出（类）发展与改革事务（款）行政运行（项）：支出281.91万元"
        let phrase = try XCTUnwrap(SubjectPhrase.parse(text))
        XCTAssertEqual(phrase.parts.map(\.level), [.category, .section, .item])
        XCTAssertEqual(phrase.parts.map(\.name), ["一般公共服务支出", "发展与改革事务", "行政运行"])
        let bytes = Array(text.utf8)
        let first = phrase.parts[0]
        XCTAssertEqual(String(decoding: bytes[first.nameRange], as: UTF8.self), "一般公共服务支出")
        XCTAssertEqual(String(decoding: bytes[first.markerRange], as: UTF8.self), "（类）")
        XCTAssertEqual(String(decoding: bytes[phrase.parts[2].nameRange], as: UTF8.self), "行政运行")
        XCTAssertNil(SubjectPhrase.parse("一般公共服务支出281.91万元（不含项目）"))
    }

    func testResolvesAFullPhraseToItsItem() throws {
        let resolution = try resolve("一般公共服务支出（类）发展与改革事务（款）行政运行（项）")
        XCTAssertEqual(resolution.entry?.code.digits, "2010401")
        XCTAssertEqual(resolution.matched.map(\.code.digits), ["201", "20104", "2010401"])
        XCTAssertNil(resolution.unmatched)
        XCTAssertEqual(try resolve("卫生健康支出(类)行政事业单位医疗(款)公务员医疗补助(项)").entry?.code.digits, "2101103")
    }

    func testSeedVariants() throws {
        XCTAssertEqual(try resolve("住房保障（类）支出").entry?.code.digits, "221")
        XCTAssertEqual(try resolve("社会保障和就业（类）支出").entry?.code.digits, "208")
        XCTAssertEqual(try resolve("资源勘探工业信息（类）").entry?.code.digits, "215")
        XCTAssertEqual(try resolve("主要用于一般公共服务支出(类)281.91万元").entry?.code.digits, "201")
        XCTAssertEqual(try resolve("社会保障和就业支 出（类）行政事业单位养老支出（款）机关事业单位基本养老保险缴费支出（项）").entry?.code.digits, "2080505")
        XCTAssertEqual(try resolve("其他支出(类)20.00万元").entry?.code.digits, "229")
    }

    func testUnknownNameStopsTheResolution() throws {
        let resolution = try resolve("科学技术（类）应用研究（款）社会公益研究（项）")
        XCTAssertEqual(resolution.matched.map(\.code.digits), ["206"], "20603 is not in the built-in catalog")
        XCTAssertEqual(resolution.unmatched?.name, "应用研究")
        XCTAssertEqual(resolution.unmatched?.level, .section)
        XCTAssertNil(try resolve("不存在的支出（类）").entry)
    }
}
