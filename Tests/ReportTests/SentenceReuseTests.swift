import XCTest
@testable import Report

/// Re-parsing a narrative region after a keystroke reuses the sentences the keystroke left as they
/// were (moved), and analyses the others afresh: the block equals a parse without reuse.
final class SentenceReuseTests: XCTestCase {
    private let region = """
    一、收入支出决算总体情况说明
    2024年度收入总计395.87万元，比上年增加12.30万元，增长3.21%。主要原因是人员增加。
    （一）“三公”经费
    2024年度“三公”经费支出1.40万元，比上年度减少0.10万元，下降6.67%。其中：公务接待费0.50万元。

    """

    func testAKeystrokeReanalysesOnlyTheSentenceItChanged() throws {
        let before = Array(region.utf8)
        let old = NarrativeParser.parseBlock(before, region: SourceRange(start: 0, end: before.count))
        // A digit typed into 1.40 (the third sentence), which moves every later sentence by one byte.
        var after = before
        let at = try XCTUnwrap(region.utf8.indices(of: Array("1.40".utf8)))
        after.insert(UInt8(ascii: "2"), at: at + 1)
        let whole = SourceRange(start: 0, end: after.count)
        let reparsed = NarrativeParser.parseBlock(after, region: whole, earlier: [old])
        XCTAssertEqual(reparsed, NarrativeParser.parseBlock(after, region: whole))

        let reuse = SentenceReuse([old])
        let sentences = (0..<reparsed.sentenceCount).map(reparsed.sentence)
        let kept = sentences.map { sentence -> Bool in
            var built = NormalizedTextBuilder()
            built.text = Array(sentence.text.utf8)
            built.map = sentence.sourceMap
            return reuse.sentence(built, lineRanges: sentence.lineRanges, startsAtHeading: sentence.startsAtHeading) != nil
        }
        let changed = sentences.map { $0.text.contains("12.40") || $0.text.contains("1.240") || $0.text.contains("21.40") }
        XCTAssertTrue(changed.contains(true))
        XCTAssertEqual(kept, changed.map { !$0 }, "every sentence but the edited one is found again")
    }

    func testASentenceWithTheSameTextElsewhereIsNotTakenForAnother() {
        // Same words on different lines: the line ranges differ, so the sentence is analysed afresh.
        let before = Array("合计10.00万元。\n".utf8)
        let old = NarrativeParser.parseBlock(before, region: SourceRange(start: 0, end: before.count))
        let after = Array("合计10.00\n万元。\n".utf8)
        let whole = SourceRange(start: 0, end: after.count)
        XCTAssertEqual(NarrativeParser.parseBlock(after, region: whole, earlier: [old]), NarrativeParser.parseBlock(after, region: whole))
        let sentence = NarrativeParser.parseBlock(after, region: whole).sentence(0)
        var built = NormalizedTextBuilder()
        built.text = Array(sentence.text.utf8)
        built.map = sentence.sourceMap
        XCTAssertNil(SentenceReuse([old]).sentence(built, lineRanges: sentence.lineRanges, startsAtHeading: false))
    }
}

private extension String.UTF8View {
    /// Byte offset of the first occurrence of `needle`.
    func indices(of needle: [UInt8]) -> Int? {
        let bytes = Array(self)
        guard bytes.count >= needle.count else { return nil }
        return (0...(bytes.count - needle.count)).first { Array(bytes[$0..<($0 + needle.count)]) == needle }
    }
}
