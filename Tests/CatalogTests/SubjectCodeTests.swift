import XCTest
@testable import Catalog

final class SubjectCodeTests: XCTestCase {
    func testFunctionCodesHaveThreeLevels() throws {
        let category = try XCTUnwrap(SubjectCode("201"))
        let section = try XCTUnwrap(SubjectCode("20104"))
        let item = try XCTUnwrap(SubjectCode("2010401"))
        XCTAssertEqual([category.kind, section.kind, item.kind], [.function, .function, .function])
        XCTAssertEqual([category.level, section.level, item.level], [.category, .section, .item])
        XCTAssertEqual(item.parent, section)
        XCTAssertEqual(section.parent, category)
        XCTAssertNil(category.parent)
        XCTAssertEqual(item.lineage.map(\.digits), ["201", "20104", "2010401"])
        XCTAssertEqual(item.level.chineseName, "项")
    }

    func testEconomicCodesHaveTwoLevels() throws {
        let section = try XCTUnwrap(SubjectCode("30201"))
        XCTAssertEqual(section.kind, .economic)
        XCTAssertEqual(section.level, .section)
        XCTAssertEqual(section.parent?.digits, "302")
        XCTAssertNil(SubjectCode("3020101"), "economic codes have no 项 level")
    }

    func testRejectsWhatIsNotACode() {
        for text in ["", "20", "2010", "201040", "20104011", "101", "10101", "401", "2O1", " 201", "201 ", "２０１", "-201"] {
            XCTAssertNil(SubjectCode(text), text)
        }
    }

    func testParsesUTF8Bytes() {
        XCTAssertEqual(SubjectCode(utf8: Array("2080505".utf8))?.digits, "2080505")
        XCTAssertNil(SubjectCode(utf8: Array("208050".utf8)))
    }

    func testOrderAndAncestry() throws {
        let codes = ["30201", "2010401", "201", "20104", "302"].compactMap(SubjectCode.init)
        XCTAssertEqual(codes.sorted().map(\.digits), ["201", "20104", "2010401", "302", "30201"])
        let category = try XCTUnwrap(SubjectCode("201"))
        XCTAssertTrue(category.isAncestor(ofOrEqualTo: try XCTUnwrap(SubjectCode("2010401"))))
        XCTAssertFalse(category.isAncestor(ofOrEqualTo: try XCTUnwrap(SubjectCode("20801"))))
    }
}
