import XCTest
@testable import Catalog

final class SubjectNameTests: XCTestCase {
    func testWhitespaceAndWidthAreIgnored() {
        XCTAssertTrue(SubjectName.matches("维修(护)费", "维修（护）费"))
        XCTAssertTrue(SubjectName.matches("社会保障和就业支 出", "社会保障和就业支出"))
        XCTAssertTrue(SubjectName.matches("因公出国\u{3000}（境）费用", "因公出国(境)费用"))
        XCTAssertTrue(SubjectName.matches("资本性支出\n（基本建设）", "资本性支出(基本建设)"))
        XCTAssertTrue(SubjectName.matches("“三公”经费", "\"三公\"经费"))
    }

    func testDifferentWordsStayDifferent() {
        XCTAssertFalse(SubjectName.matches("工业和信息化产业监管", "工业和信息产业监管"))
        XCTAssertFalse(SubjectName.matches("公务招待费", "公务接待费"))
    }

    func testStripsOrdinals() {
        XCTAssertEqual(SubjectName.strippingOrdinal("一、一般公共服务支出"), "一般公共服务支出")
        XCTAssertEqual(SubjectName.strippingOrdinal("二十六、抗疫特别国债安排的支出"), "抗疫特别国债安排的支出")
        XCTAssertEqual(SubjectName.strippingOrdinal("（三）国防支出"), "国防支出")
        XCTAssertEqual(SubjectName.strippingOrdinal(" 3. 国防支出 "), "国防支出")
        XCTAssertEqual(SubjectName.strippingOrdinal("十、"), "十、", "nothing after the ordinal: unchanged")
        XCTAssertEqual(SubjectName.strippingOrdinal("一般公共服务支出"), "一般公共服务支出")
        XCTAssertEqual(SubjectName.strippingOrdinal("一般、公共"), "一般、公共", "一 followed by a non-ordinal is text")
    }

    func testWhitespaceTableAgreesWithUnicodeProperty() {
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            XCTAssertEqual(SubjectName.isWhitespace(scalar), scalar.properties.isWhitespace, "U+\(String(value, radix: 16))")
        }
    }
}
