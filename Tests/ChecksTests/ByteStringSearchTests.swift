import XCTest
@testable import Checks

/// The byte-level `contains` / `replacing` the checks use answer like the Unicode-aware ones on their texts.
final class ByteStringSearchTests: XCTestCase {
    func testContains() {
        XCTAssertTrue("（三）“三公”经费支出情况".contains("三公"))
        XCTAssertTrue("机关运行经费".contains("机关运行经费"))
        XCTAssertFalse("机关运行".contains("机关运行经费"), "needle longer than the text")
        XCTAssertFalse("一般公共预算财政拨款".contains("政府性基金"))
        XCTAssertFalse("abc".contains(""), "an empty needle is not found, as Foundation answers")
        XCTAssertTrue("收入支出决算总体情况".contains("决算总体"))
        XCTAssertFalse("决算".contains("算总"), "no match across the end")
        // A byte sequence that is not on a character boundary of the text does not match by accident.
        XCTAssertFalse("中".contains(String(decoding: Array("中".utf8)[1...], as: UTF8.self)))
    }

    func testReplacing() {
        XCTAssertEqual("工资福利（人员）支出 ".replacing("（", with: "(").replacing("）", with: ")").replacing(" ", with: ""), "工资福利(人员)支出")
        XCTAssertEqual("缴费支出和缴费".replacing("缴费", with: ""), "支出和")
        XCTAssertEqual("aaaa".replacing("aa", with: "b"), "bb", "left to right, not overlapping")
        XCTAssertEqual("无匹配".replacing("有", with: "x"), "无匹配")
        XCTAssertEqual("ab".replacing("", with: "x"), "ab")
        XCTAssertEqual("的的".replacing("的", with: "的的"), "的的的的")
    }
}
