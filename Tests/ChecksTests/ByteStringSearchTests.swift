import Catalog
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

    /// The memchr-driven search against a naive scan, over every start offset, on texts where the
    /// needle's last byte recurs (CJK continuation bytes, repeated ASCII).
    func testFirstIndexAgreesWithANaiveScan() {
        let texts = ["", "a", "aaaa", "abab", "一般公共预算财政拨款支出一般", "支出支出支", "费缴费缴费费", "XXxxＸＸ请填写"]
        let needles = ["a", "aa", "ab", "ba", "支出", "出支", "缴费", "费", "一般", "xx", "ＸＸ", "请填写", "般公共预算财政拨款支出一般公"]
        for text in texts {
            for needle in needles {
                let h = Array(text.utf8), n = Array(needle.utf8)
                for from in 0...h.count {
                    let naive = h.count >= n.count ? (from...max(from, h.count - n.count)).first { i in
                        i + n.count <= h.count && Array(h[i..<(i + n.count)]) == n
                    } : nil
                    let found = h.withUnsafeBufferPointer { hb in n.withUnsafeBufferPointer { ByteSearch.firstIndex(of: $0, in: hb, from: from) } }
                    XCTAssertEqual(found, naive, "\(needle) in \(text) from \(from)")
                }
            }
        }
    }

    func testRangeOf() {
        let text = "一般公共服务支出(类)281.91万元"
        let marker = text.range(of: "(类)")
        XCTAssertEqual(marker.map { String(text[..<$0.lowerBound]) }, "一般公共服务支出")
        XCTAssertEqual(marker.map { String(text[$0]) }, "(类)")
        XCTAssertNil(text.range(of: "（类）"))
        XCTAssertNil(text.range(of: ""))
    }

    func testSubstringContains() {
        let sentence = "其中：一般公共服务支出（类）281.91万元"
        let subject = sentence.dropFirst(3)
        XCTAssertTrue(subject.contains("类）"))
        XCTAssertFalse(subject.contains("其中"))
    }

    /// The one-pass name key equals replacing each word in turn, on every name of the catalog and a few drafts.
    func testNameKeyEqualsSequentialReplacement() {
        func reference(_ name: String) -> String {
            var t = name.replacing("（", with: "(").replacing("）", with: ")").replacing(" ", with: "")
            for word in ["缴费", "支出", "的", "和", "费"] { t = t.replacing(word, with: "") }
            return t
        }
        let drafts = ["机关事业单位基本养老保险缴费", "工资福利支出", "因公出国（境）费用", "其他交通 费用", "和的", "缴费费", "支出缴费支出",
                      "对个人和家庭的补助", "（", "", "abc"]
        for name in drafts + Catalog.builtIn.entries.map(\.name) {
            XCTAssertEqual(NarrativeSubject.nameKey(name), reference(name), name)
        }
        XCTAssertEqual(NarrativeSubject.nameKey("机关事业单位基本养老保险缴费"), "机关事业单位基本养老保险")
        XCTAssertEqual(NarrativeSubject.nameKey("因公出国（境）费用"), "因公出国(境)用")
    }
}
