import XCTest
@testable import Report

/// Sentences, clauses and source mapping on synthetic fixtures, one per layout variant.
final class NarrativeSentenceTests: XCTestCase {
    private typealias S = NarrativeTestSupport

    func testPlainParagraphSplitsIntoSentencesAndClauses() throws {
        let text = "一、收入支出决算总体情况说明\n\n2024年度收入总计1,835.83万元，支出总计1,835.83万元。与上年相比，收入总计减少1,910.36万元，下降50.99%。\n"
        let (bytes, n) = S.parse(text)
        XCTAssertEqual(n.sentences.map(\.text), [
            "收入支出决算总体情况说明",
            "2024年度收入总计1,835.83万元，支出总计1,835.83万元。",
            "与上年相比，收入总计减少1,910.36万元，下降50.99%。",
        ])
        XCTAssertTrue(n.sentences[0].startsAtHeading)
        XCTAssertFalse(n.sentences[1].startsAtHeading)
        let second = n.sentences[2]
        XCTAssertEqual(second.clauses.map(\.text), ["与上年相比", "收入总计减少1,910.36万元", "下降50.99%"])
        XCTAssertEqual(second.clauses.map(\.terminator), ["，", "，", "。"])
        XCTAssertEqual(second.clauses[1].directions, [.decrease])
        XCTAssertEqual(S.source(bytes, second.range), "与上年相比，收入总计减少1,910.36万元，下降50.99%。")
        for clause in second.clauses {
            XCTAssertEqual(S.source(bytes, try XCTUnwrap(clause.range)), String(clause.text))
        }
    }

    func testHardWrappedTextWithBlankLinesJoinsNumberAndUnit() throws {
        // Seed 003 style: every line followed by a blank line, number and unit on different lines,
        // a page footer and a page-start line with a leading space inside the paragraph.
        let text = """
        三、支出决算情况说明

        2024 年度支出合计 395.87 万元，其中：基本支出 307.87

        万元，占 77.77%；项目支出 88 万元，占 22.23%；上缴上级

        - 6 -
         支出 0 万元，占 0%。

        """
        let (bytes, n) = S.parse(text)
        let sentence = try S.sentence(n, containing: "基本支出")
        XCTAssertEqual(sentence.text, "2024年度支出合计395.87万元，其中：基本支出307.87万元，占77.77%；项目支出88万元，占22.23%；上缴上级支出0万元，占0%。")
        XCTAssertEqual(sentence.lineRanges.map { S.source(bytes, $0) }, [
            "2024 年度支出合计 395.87 万元，其中：基本支出 307.87",
            "万元，占 77.77%；项目支出 88 万元，占 22.23%；上缴上级",
            "支出 0 万元，占 0%。",
        ])
        let basic = try XCTUnwrap(sentence.mentions.first { $0.subject == "基本支出" && $0.unit != nil })
        XCTAssertEqual(basic.value, Amount(parsing: "307.87"))
        XCTAssertEqual(S.source(bytes, basic.numberRange), "307.87")
        XCTAssertEqual(S.source(bytes, basic.range), "307.87\n\n万元")
        // The normalised text of the mention maps back to two pieces: the number and the unit.
        XCTAssertEqual(sentence.sourceRanges(ofText: basic.textRange).map { S.source(bytes, $0) }, ["307.87", "万元"])
        let share = sentence.mentions[sentence.mentions.firstIndex(of: basic)! + 1]
        XCTAssertEqual(share.percentage, Amount(parsing: "77.77"))
        XCTAssertTrue(share.isShare)
        XCTAssertEqual(share.label, "占")
        XCTAssertEqual(share.subject, "基本支出")
        XCTAssertEqual(share.clauseIndex, basic.clauseIndex + 1)
        XCTAssertEqual(S.source(bytes, share.range), "77.77%")
        // The amount split by the page footer and the page-start space.
        let remitted = try XCTUnwrap(sentence.mentions.first { $0.subject == "上缴上级支出" })
        XCTAssertEqual(remitted.wanYuan, .zero)
        XCTAssertEqual(S.source(bytes, remitted.range), "0 万元")
        XCTAssertFalse(n.sentences.contains { $0.text.contains("6") && !$0.text.contains("2024") }, "page footer leaked")
    }

    func testShortLinesWithoutPunctuationEndTheirSentence() throws {
        let text = "二、机构设置\n本部门设置3个股室。\n1.工业和信息化局本级\n2.工业发展服务中心\n"
        let (_, n) = S.parse(text)
        XCTAssertEqual(n.sentences.map(\.text), ["机构设置", "本部门设置3个股室。", "工业和信息化局本级", "工业发展服务中心"])
    }

    func testLonePunctuationLinesStayInTheSentence() throws {
        // Seed 004 style: the clause punctuation alone on the next line; seed 000: a stray `。`.
        let text = "公务用车运行维护费支出1.40万元，主要用于公务用车运行维护费支出\n\n；\n\n公务接待费支出0万元\n\n。\n\n公用经费19.11万元，主要包括办公费等。\n\n。\n"
        let (bytes, n) = S.parse(text)
        XCTAssertEqual(n.sentences.map(\.text), [
            "公务用车运行维护费支出1.40万元，主要用于公务用车运行维护费支出；公务接待费支出0万元。",
            "公用经费19.11万元，主要包括办公费等。",
        ])
        let first = n.sentences[0]
        XCTAssertEqual(first.clauses.map(\.terminator), ["，", "；", "。"])
        XCTAssertEqual(S.source(bytes, first.range).hasSuffix("0万元\n\n。"), true)
    }

    func testHalfWidthPunctuationSplitsClausesButNotNumbers() throws {
        let text = "一般公共服务支出(类)484.72万元,占比1.13%;社会保障和就业支出(类)1,310.25万元,占比3.06%;\n"
        let (bytes, n) = S.parse(text)
        let s = try XCTUnwrap(n.sentences.first)
        XCTAssertEqual(s.clauses.map(\.text), ["一般公共服务支出(类)484.72万元", "占比1.13%", "社会保障和就业支出(类)1,310.25万元", "占比3.06%"])
        XCTAssertEqual(s.mentions.compactMap(\.wanYuan), [Amount(parsing: "484.72")!, Amount(parsing: "1310.25")!])
        XCTAssertEqual(s.mentions.map { S.source(bytes, $0.range) }, ["484.72万元", "1.13%", "1,310.25万元", "3.06%"])
        XCTAssertEqual(s.mentions[1].subject, "一般公共服务支出(类)")
    }

    func testFullWidthFormsAreNormalisedAndMappedBack() throws {
        let text = "（一）决算支出１２３．４５万元，占比５０％。\n"
        let (bytes, n) = S.parse(text)
        XCTAssertEqual(n.headings.first?.marker, "(一)")
        let s = try XCTUnwrap(n.sentences.first)
        XCTAssertEqual(s.text, "决算支出123.45万元，占比50%。")
        let amount = try XCTUnwrap(s.mentions.first)
        XCTAssertEqual(amount.value, Amount(parsing: "123.45"))
        XCTAssertEqual(S.source(bytes, amount.numberRange), "１２３．４５")
        XCTAssertEqual(S.source(bytes, amount.range), "１２３．４５万元")
        XCTAssertEqual(S.source(bytes, s.mentions[1].range), "５０％")
        // Every byte of the normalised text maps to a source offset inside the sentence.
        for offset in 0...s.text.utf8.count {
            let source = try XCTUnwrap(s.sourceMap.sourceOffset(ofTextOffset: offset))
            XCTAssertTrue(s.range.touches(source))
        }
    }

    func testMarkdownMarkupIsStripped() throws {
        let text = "## **六、一般公共预算财政拨款基本支出决算情况说明**\n\n2024年度财政拨款基本支出<b>657.87</b>万元，其中：\n\n- 人员经费634.30万元；\n"
        let (bytes, n) = S.parse(text)
        XCTAssertEqual(n.headings.map(\.title), ["一般公共预算财政拨款基本支出决算情况说明"])
        let s = try S.sentence(n, containing: "基本支出657")
        XCTAssertEqual(s.text, "2024年度财政拨款基本支出657.87万元，其中：人员经费634.30万元；")
        let basic = try XCTUnwrap(s.mentions.first { $0.unit != nil })
        XCTAssertEqual(S.source(bytes, basic.numberRange), "657.87")
        XCTAssertEqual(S.source(bytes, basic.range), "657.87</b>万元")
        XCTAssertEqual(s.sourceRanges(ofText: basic.textRange).map { S.source(bytes, $0) }, ["657.87", "万元"])
    }

    func testEnumeratedListsNumberedAndPlain() throws {
        let text = "我单位设置4个股室，分别是：1、综合股；2、财务股3、办公室；4、秘书股。\n内设机构 3\n个，包括：办公室、工业经济办公室、信息化办公室等。\n"
        let (bytes, n) = S.parse(text)
        let numbered = try XCTUnwrap(n.sentences[0].enumeration)
        XCTAssertTrue(numbered.isNumbered)
        XCTAssertEqual(numbered.introducer, "分别是")
        XCTAssertEqual(numbered.items.map(\.text), ["综合股", "财务股", "办公室", "秘书股"])
        XCTAssertEqual(numbered.items.map(\.number), [1, 2, 3, 4])
        XCTAssertEqual(numbered.items.map { S.source(bytes, $0.range!) }, ["综合股", "财务股", "办公室", "秘书股"])
        XCTAssertEqual(n.sentences[0].mentions.map(\.kind), [.count(Amount(4), measureWord: "个")])

        let plain = try XCTUnwrap(n.sentences[1].enumeration)
        XCTAssertFalse(plain.isNumbered)
        XCTAssertEqual(plain.items.map(\.text), ["办公室", "工业经济办公室", "信息化办公室"])
        let count = try XCTUnwrap(n.sentences[1].mentions.first)
        XCTAssertEqual(count.kind, .count(Amount(3), measureWord: "个"))
        XCTAssertEqual(S.source(bytes, count.range), "3\n个")
    }

    func testBlockParsingEqualsParsingTheWholeRegion() {
        let text = "第三部分 情况说明\n一、总体情况\n收入总计10万元。\n支出总计10万元。\n"
        let bytes = Array(text.utf8)
        let whole = NarrativeParser.parse(bytes)
        let block = NarrativeParser.parseBlock(bytes, region: SourceRange(start: 0, end: bytes.count))
        XCTAssertEqual(Array(whole.sentences), block.sentences)
        // Shifting a block moves every range.
        let shifted = block.shifted(by: 7)
        XCTAssertEqual(shifted.sentences.first?.range, block.sentences.first?.range.shifted(by: 7))
        XCTAssertEqual(shifted.sentences.last?.mentions.first?.range, block.sentences.last?.mentions.first?.range.shifted(by: 7))
    }
}
