import XCTest
@testable import Report

/// Parts, sections and headings: only the ordinal prefix decides the level; TOC lines are not headings.
final class NarrativeStructureTests: XCTestCase {
    private typealias S = NarrativeTestSupport

    private let report = """
    某某局

    目 录

    第一部分 概况\t1
    一、本部门（单位）职责.....\t1
    <b>第三部分 情况说明</b> .....\t<b>21</b>

    第一部分 概况

    一、本部门（单位）职责

    - 1、贯彻执行法律法规。
    - 2、承办交办的其他事项。

    ### 第三部分 情况说明

    #### 一、收入支出决算总体情况说明

    2024年度收入总计10.00万元。

    ## **五、一般公共预算财政拨款支出决算情况说明**

    ##### (一) 总体情况

    支出10.00万元。

    ### **（二）结构情况**

    一般公共服务支出(类)10.00万元，占比100.00%。

    十、其他重要事项情况说明

    （一）机关运行经费支出情况说明

    2024年机关运行经费支出1.00万元。

    第四部分 名词解释

    一、财政拨款收入：指单位从同级财政部门取得的财政预算资金。

    """

    func testPartsAndSectionTree() throws {
        let (bytes, n) = S.parse(report)
        XCTAssertEqual(n.parts.map(\.number), [1, 3, 4])
        XCTAssertEqual(n.parts.map(\.title), ["概况", "情况说明", "名词解释"])
        XCTAssertEqual(S.source(bytes, n.parts[1].heading.lineRange), "### 第三部分 情况说明")
        let third = n.parts[1]
        XCTAssertEqual(third.sections.map(\.ordinal), [1, 5, 10])
        XCTAssertEqual(third.sections.map(\.title), ["收入支出决算总体情况说明", "一般公共预算财政拨款支出决算情况说明", "其他重要事项情况说明"])
        XCTAssertEqual(third.sections[1].children.map(\.level), [2, 2])
        XCTAssertEqual(third.sections[1].children.map(\.title), ["总体情况", "结构情况"])
        XCTAssertEqual(third.sections[2].children.map(\.heading.marker), ["(一)"])
        // Items `- 1、` are level-3 sections of 一、 in 第一部分.
        XCTAssertEqual(n.parts[0].sections.first?.children.map(\.ordinal), [1, 2])
        XCTAssertEqual(n.parts[0].sections.first?.children.map(\.level), [3, 3])
        // Ranges: a section runs to the next heading of the same or a higher level.
        let structure = third.sections[1].children[1]
        XCTAssertTrue(S.source(bytes, structure.range).hasPrefix("### **（二）结构情况**"))
        XCTAssertTrue(S.source(bytes, structure.range).hasSuffix("占比100.00%。\n\n"))
        XCTAssertEqual(n.sentences[structure.sentenceIndices].map(\.text), ["结构情况", "一般公共服务支出(类)10.00万元，占比100.00%。"])
        XCTAssertTrue(S.source(bytes, third.range).hasSuffix("支出1.00万元。\n\n"))
    }

    func testTableOfContentsLinesAreNeitherHeadingsNorSentences() throws {
        let (_, n) = S.parse(report)
        XCTAssertEqual(n.headings.filter { if case .part = $0.kind { return true }; return false }.count, 3)
        XCTAssertFalse(n.sentences.contains { $0.text.contains(".....") || $0.text.hasSuffix("1") })
        XCTAssertEqual(n.sentences.first?.text, "某某局")
    }

    func testLookupsByOffset() throws {
        let (bytes, n) = S.parse(report)
        let target = Array("机关运行经费支出1.00".utf8)
        let offset = try XCTUnwrap(bytes.indices.first { bytes[$0...].starts(with: target) }) + target.count - 2
        let mention = try XCTUnwrap(n.mention(at: offset))
        XCTAssertEqual(S.source(bytes, mention.range), "1.00万元")
        XCTAssertEqual(n.sentence(at: offset)?.text, "2024年机关运行经费支出1.00万元。")
        XCTAssertEqual(n.part(at: offset)?.number, 3)
        XCTAssertEqual(n.sectionPath(at: offset).map(\.heading.marker), ["十、", "(一)"])
        XCTAssertNil(n.mention(at: 0))
    }

    func testHeadingLevelsAndOrdinals() {
        func kind(_ s: String) -> NarrativeLineKind? { NarrativeLineKind.heading(Array(s.utf8)) }
        XCTAssertEqual(kind("第五部分附件"), .part(number: 5, markerLength: 12))
        XCTAssertEqual(kind("十三、预算绩效情况说明"), .section(level: 1, ordinal: 13, markerLength: 9))
        XCTAssertEqual(kind("二十四、债务还本支出"), .section(level: 1, ordinal: 24, markerLength: 12))
        XCTAssertEqual(kind("(四)预算绩效"), .section(level: 2, ordinal: 4, markerLength: 5))
        XCTAssertEqual(kind("17、加强交流"), .section(level: 3, ordinal: 17, markerLength: 5))
        XCTAssertEqual(kind("1.科学技术"), .section(level: 3, ordinal: 1, markerLength: 2))
        XCTAssertEqual(kind("(1)项目"), .section(level: 4, ordinal: 1, markerLength: 3))
        XCTAssertNil(kind("395.87万元，占100%"))
        XCTAssertNil(kind("2024年度"))
        XCTAssertNil(kind("十分重要"))
    }

    func testRegionsSkipTablesAndSectionsSpanRegions() throws {
        let text = "第二部分 决算表\n收入支出决算总表\n项目\t行次\t金额\n合计\t1\t10.00\n注：本表反映收支。\n第三部分 情况说明\n一、总体\n收入10万元。\n"
        let bytes = Array(text.utf8)
        let tableStart = try XCTUnwrap(bytes.indices.first { bytes[$0...].starts(with: Array("项目".utf8)) })
        let tableEnd = try XCTUnwrap(bytes.indices.first { bytes[$0...].starts(with: Array("注：".utf8)) })
        let n = NarrativeParser.parse(bytes, regions: [SourceRange(start: 0, end: tableStart), SourceRange(start: tableEnd, end: bytes.count)])
        XCTAssertEqual(n.blocks.count, 2)
        XCTAssertFalse(n.sentences.contains { $0.text.contains("行次") })
        XCTAssertEqual(n.parts.map(\.number), [2, 3])
        XCTAssertEqual(n.parts[0].range.end, n.parts[1].range.start)
        XCTAssertEqual(n.parts[1].sections.first?.sentenceIndices.count, 2)
    }
}
