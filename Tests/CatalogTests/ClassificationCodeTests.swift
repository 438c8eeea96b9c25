import XCTest
@testable import Catalog

final class ClassificationCodeTests: XCTestCase {
    func testFunctionCodesHaveThreeLevels() throws {
        let category = try XCTUnwrap(ClassificationCode("201"))
        let section = try XCTUnwrap(ClassificationCode("20104"))
        let item = try XCTUnwrap(ClassificationCode("2010401"))
        XCTAssertEqual([category.kind, section.kind, item.kind], [.function, .function, .function])
        XCTAssertEqual([category.level, section.level, item.level], [.category, .section, .item])
        XCTAssertEqual(item.parent, section)
        XCTAssertEqual(section.parent, category)
        XCTAssertNil(category.parent)
        XCTAssertEqual(item.lineage.map(\.digits), ["201", "20104", "2010401"])
        XCTAssertEqual(item.level.chineseName, "项")
    }

    func testEconomicCodesHaveTwoLevels() throws {
        let section = try XCTUnwrap(ClassificationCode("30201"))
        XCTAssertEqual(section.kind, .economic)
        XCTAssertEqual(section.level, .section)
        XCTAssertEqual(section.parent?.digits, "302")
        XCTAssertNil(ClassificationCode("3020101"), "economic codes have no 项 level")
    }

    func testRejectsWhatIsNotACode() {
        for text in ["", "20", "2010", "201040", "20104011", "101", "10101", "401", "2O1", " 201", "201 ", "２０１", "-201"] {
            XCTAssertNil(ClassificationCode(text), text)
        }
    }

    func testParsesUTF8Bytes() {
        XCTAssertEqual(ClassificationCode(utf8: Array("2080505".utf8))?.digits, "2080505")
        XCTAssertNil(ClassificationCode(utf8: Array("208050".utf8)))
    }

    func testOrderAndAncestry() throws {
        let codes = ["30201", "2010401", "201", "20104", "302"].compactMap(ClassificationCode.init)
        XCTAssertEqual(codes.sorted().map(\.digits), ["201", "20104", "2010401", "302", "30201"])
        let category = try XCTUnwrap(ClassificationCode("201"))
        XCTAssertTrue(category.isAncestor(ofOrEqualTo: try XCTUnwrap(ClassificationCode("2010401"))))
        XCTAssertFalse(category.isAncestor(ofOrEqualTo: try XCTUnwrap(ClassificationCode("20801"))))
    }
}
