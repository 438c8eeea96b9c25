import XCTest
@testable import Checks

/// `NarrativeSubject.normalized` works on UTF-8 bytes; it answers like the definition on characters.
final class NarrativeSubjectTests: XCTestCase {
    /// The definition: replace the parentheses and drop spaces, then each prefix and suffix once, in order.
    private func reference(_ s: Substring) -> String {
        var t = String(s)
        t = t.replacingOccurrences(of: "（", with: "(").replacingOccurrences(of: "）", with: ")").replacingOccurrences(of: " ", with: "")
        for prefix in ["、", "，", "；", "其中", "和", "及"] where t.hasPrefix(prefix) { t.removeFirst(prefix.count) }
        for suffix in ["为", "是", "共"] where t.hasSuffix(suffix) { t.removeLast(suffix.count) }
        return t
    }

    func testNormalizedEqualsTheDefinition() {
        let subjects = ["其中：一般公共服务支出（类）", "、其中基本支出为", "和及其中", "为", "其中", "", " 人员经费 ", "，项目支出是",
                        "；及公用经费共", "一般公共预算财政拨款支出(类)", "（）", "为是共", "abc", "其中其中", "年初预算为",
                        "一般公共服务支出（类）行政运行（项）", "收、支总计各"]
        for subject in subjects {
            for cut in [0, 1] where cut <= subject.count {
                let substring = subject.dropFirst(cut)
                XCTAssertEqual(NarrativeSubject.normalized(substring), reference(substring), "\(substring)")
            }
        }
        XCTAssertEqual(NarrativeSubject.normalized("其中：一般公共服务支出（类）"[...]), "：一般公共服务支出(类)")
    }
}
