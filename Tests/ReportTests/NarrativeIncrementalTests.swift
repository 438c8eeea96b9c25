import XCTest
@testable import Report

/// Re-parsing only the regions an edit touched gives the same narrative as a full parse.
final class NarrativeIncrementalTests: XCTestCase {
    private let fixture = """
    第一部分 概况
    二、机构设置情况
    我单位设置3个股室，分别是：1、综合股；2、财务股；3、办公室。
    第二部分 决算表
    项目\t行次\t金额
    合计\t1\t10.00
    注：本表反映收支。
    第三部分 情况说明
    一、收入支出决算总体情况说明

    2024 年度收入总计 395.87 万元，其中：基本支出 307.87

    万元，占 77.77%；项目支出 88 万元，占 22.23%。
    栏次\t1\t2
    （一）“三公”经费
    2024年度“三公”经费支出1.40万元，比上年度减少0.10万元，下降6.67%。

    """

    /// Narrative regions of a text: maximal runs of lines without a TAB (a stand-in for the table segmenter).
    private func regions(_ bytes: [UInt8]) -> [SourceRange] {
        var result: [SourceRange] = []
        var runStart: Int?
        var lineStart = 0
        var hasTab = false
        for i in 0...bytes.count {
            if i == bytes.count || bytes[i] == 0x0A {
                if hasTab {
                    if let s = runStart { result.append(SourceRange(start: s, end: lineStart)); runStart = nil }
                } else if runStart == nil {
                    runStart = lineStart
                }
                lineStart = i + 1
                hasTab = false
            } else if bytes[i] == 0x09 {
                hasTab = true
            }
        }
        if let s = runStart { result.append(SourceRange(start: s, end: bytes.count)) }
        return result
    }

    private let insertions = ["1", "万元", "，", "。", "\n", "\n\n", "\t", "三、", "%", "減少", " ", "（二）", "第四部分 ", "、"]

    func testRandomEditsMatchAFullParse() {
        var state: UInt64 = 0x2545_F491_4F6C_DD1D
        func next(_ n: Int) -> Int {
            state ^= state << 13; state ^= state >> 7; state ^= state << 17
            return Int(state % UInt64(max(1, n)))
        }
        var bytes = Array(fixture.utf8)
        var narrative = NarrativeParser.parse(bytes, regions: regions(bytes))
        var reused = 0
        for step in 0..<1500 {
            // Edits on character boundaries: find a start and an end that are not UTF-8 continuation bytes.
            var start = next(bytes.count + 1)
            while start < bytes.count, bytes[start] & 0xC0 == 0x80 { start += 1 }
            var end = min(bytes.count, start + next(6))
            while end < bytes.count, bytes[end] & 0xC0 == 0x80 { end += 1 }
            let inserted = next(3) == 0 ? [] : Array(insertions[next(insertions.count)].utf8)
            let edit = ByteEdit(range: SourceRange(start: start, end: end), replacementLength: inserted.count)
            bytes.replaceSubrange(start..<end, with: inserted)
            if bytes.count > 4000 || bytes.count < 200 { bytes = Array(fixture.utf8); narrative = NarrativeParser.parse(bytes, regions: regions(bytes)); continue }
            let newRegions = regions(bytes)
            let incremental = NarrativeParser.reparse(narrative, bytes: bytes, edit: edit, regions: newRegions)
            let full = NarrativeParser.parse(bytes, regions: newRegions)
            XCTAssertEqual(incremental, full, "step \(step)")
            if incremental != full { return }
            reused += zip(narrative.blocks, incremental.blocks).filter { $0.0.sentences.first?.text == $0.1.sentences.first?.text }.count
            narrative = incremental
        }
        XCTAssertGreaterThan(reused, 0)
    }
}
