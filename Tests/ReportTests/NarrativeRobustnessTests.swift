import XCTest
@testable import Report

/// The narrative parser never crashes, never loses a range, and maps every mention back to its source.
final class NarrativeRobustnessTests: XCTestCase {
    private typealias S = NarrativeTestSupport

    /// A small deterministic generator (xorshift), so failures reproduce.
    private struct Generator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state ^= state << 13; state ^= state >> 7; state ^= state << 17
            return state
        }
        mutating func below(_ n: Int) -> Int { Int(next() % UInt64(max(1, n))) }
    }

    private let pieces = [
        "第三部分 情况说明", "一、", "（二）", "(三)", "1、", "2.", "十三、", "## ", "**", "<b>", "</b>", "- ", "$\\geq 10\\%$",
        "2024 年度", "收入总计", "1,835.83", "１２３．４５", "万元", "亿元", "元", "%", "％", " ", "\t", "\n", "\n\n", "\r\n", "\r",
        "，", "。", "；", "：", ",", ";", ":", "、", "占", "减少", "下降", "与上年相同", "分别是：", "包括", "个", "辆", "台（套）",
        "-", "—", "- 6 -", ".....\t3", "#DIV/0!", "0", "88", "7.496,5", "99999999999999999999", "…", "（", "）", "“", "”",
    ]

    func testRandomDocumentsParseWithConsistentRanges() {
        var generator = Generator(state: 0x9E37_79B9_7F4A_7C15)
        for _ in 0..<400 {
            var text = ""
            for _ in 0..<generator.below(80) { text += pieces[generator.below(pieces.count)] }
            let bytes = Array(text.utf8)
            let n = NarrativeParser.parse(bytes)
            check(n, bytes)
        }
    }

    func testInvalidUTF8AndTruncatedCharacters() {
        var generator = Generator(state: 42)
        for _ in 0..<300 {
            var bytes: [UInt8] = []
            for _ in 0..<generator.below(120) {
                switch generator.below(4) {
                case 0: bytes.append(UInt8(truncatingIfNeeded: generator.next()))
                case 1: bytes += Array("收入1,2万元。\n".utf8).prefix(generator.below(14))
                case 2: bytes += [0xEF, 0xBC]   // a truncated full-width form
                default: bytes += Array("３".utf8)
                }
            }
            let n = NarrativeParser.parse(bytes)
            check(n, bytes)
            // Arbitrary, unordered and out-of-range regions.
            let a = generator.below(bytes.count + 10), b = generator.below(bytes.count + 10)
            let regions = [SourceRange(start: max(a, b), end: max(a, b) + 5), SourceRange(start: min(a, b), end: min(a, b) + 3)]
            check(NarrativeParser.parse(bytes, regions: regions), bytes)
        }
    }

    func testEmptyInputs() {
        XCTAssertTrue(NarrativeParser.parse([]).isEmpty)
        XCTAssertTrue(NarrativeParser.parse([], regions: []).isEmpty)
        XCTAssertTrue(NarrativeParser.parse(Array("\n\n  \n- 3 -\n".utf8)).isEmpty)
        XCTAssertEqual(Narrative.empty.parts, [])
    }

    private func check(_ n: Narrative, _ bytes: [UInt8], file: StaticString = #filePath, line: UInt = #line) {
        var previousStart = -1
        for sentence in n.sentences {
            XCTAssertGreaterThanOrEqual(sentence.range.start, previousStart, file: file, line: line)
            previousStart = sentence.range.start
            XCTAssertTrue(sentence.range.end <= bytes.count, file: file, line: line)
            XCTAssertEqual(sentence.sourceMap.textLength, sentence.text.utf8.count, file: file, line: line)
            for piece in sentence.lineRanges {
                XCTAssertTrue(sentence.range.start <= piece.start && piece.end <= sentence.range.end, file: file, line: line)
            }
            for m in sentence.mentions {
                XCTAssertTrue(sentence.range.start <= m.range.start && m.range.end <= sentence.range.end, file: file, line: line)
                XCTAssertTrue(m.range.start <= m.numberRange.start && m.numberRange.end <= m.range.end, file: file, line: line)
                XCTAssertTrue(sentence.clauses.indices.contains(m.clauseIndex), file: file, line: line)
            }
        }
        for part in n.parts {
            XCTAssertTrue(part.range.end <= bytes.count, file: file, line: line)
        }
    }
}
