import XCTest
@testable import Report

/// A deterministic random number generator (SplitMix64).
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

final class IncrementalParsingTests: XCTestCase {
    private static let snippets: [String] = [
        "1", "0", ".", "5.00", "1835.83", "\t", "\n", "\n\n", " ", "——", "合计", "合计\t\t1.00\t1.00", "2010101\t行政运行\t1.00\t\t1.00",
        "公开03表", "公开", "表", "收入决算表\n", "支出决算表\n", "财政拨款收入支出决算总表\n", "第三部分 情况说明\n", "第一部分 概况\n",
        "注：本表无数据。\n", "说明：本表无数据\n", "2024年度部门决算公开\n", "部门名称：ZZ局\n", "金额单位：元\n", "<b>", "</b>", "## ",
        "| 1 | 2 |\n", "<tr><td>201</td><td>9.00</td></tr>", "一、", "本年收入合计", "人员经费合计\t\t1.00", "30101 基本工资 2.00 ",
        "栏次\t\t1\t2", "四、上级补助收入 4 ", "…", "（", "）", "万元",
    ]

    /// Small fixtures, so that thousands of full parses stay fast in debug builds
    /// (the full-size fixtures and a seed are exercised by `testFullSizeReports…`).
    private static let fixtures: [String] = [
        Fixtures.compactTab, Fixtures.compactSpace, Fixtures.markdownBold, Fixtures.pipeTable, Fixtures.htmlTable,
        Fixtures.yuanTemplate, Fixtures.compactTab, Fixtures.compactSpace, Fixtures.compactVolume,
    ]

    /// A random edit of `text` at UTF-8 character boundaries; applies it and returns it.
    private static func randomEdit(_ text: inout [UInt8], _ rng: inout SplitMix64) -> ByteEdit {
        func boundary(_ i: Int) -> Int {
            var i = min(max(0, i), text.count)
            while i > 0, i < text.count, text[i] & 0xC0 == 0x80 { i -= 1 }
            return i
        }
        let start = boundary(Int.random(in: 0...text.count, using: &rng))
        var end = start
        if Int.random(in: 0..<3, using: &rng) > 0 { end = boundary(start + Int.random(in: 0...24, using: &rng)) }
        if end < start { end = start }
        var insert: [UInt8] = []
        if end == start || Bool.random(using: &rng) {
            insert = Array(snippets[Int.random(in: 0..<snippets.count, using: &rng)].utf8)
        }
        text.replaceSubrange(start..<end, with: insert)
        return ByteEdit(range: SourceRange(start: start, end: end), replacementLength: insert.count)
    }

    /// Runs `count` random edits over the fixtures; after each, the incremental model must
    /// equal a full parse of the same text.
    private func checkRandomEdits(count: Int, seed: UInt64, parsesNarrative: Bool) {
        var rng = SplitMix64(seed: seed)
        var checked = 0
        var round = 0
        while checked < count {
            let fixture = Self.fixtures[round % Self.fixtures.count]
            round += 1
            var text = Array(fixture.utf8)
            var parser = IncrementalReportParser(text: text, parsesNarrative: parsesNarrative)
            for _ in 0..<25 {
                var edits = [Self.randomEdit(&text, &rng)]
                if Int.random(in: 0..<5, using: &rng) == 0 { edits.append(Self.randomEdit(&text, &rng)) }
                parser.apply(edits: edits, newText: text)
                let full = IncrementalReportParser(text: text, parsesNarrative: parsesNarrative).document
                if parser.document != full {
                    XCTFail("incremental ≠ full after edit \(checked) (round \(round)): \(edits)\n"
                            + "incremental: \(parser.document.reports.map { $0.tables.map(\.kind) })\n"
                            + "full: \(full.reports.map { $0.tables.map(\.kind) })")
                    return
                }
                checked += 1
            }
        }
        XCTAssertGreaterThanOrEqual(checked, count)
    }

    /// The tables and blocks of the model, over 5,000 random edits.
    func testIncrementalModelEqualsFullParseAfterEachOfManyRandomEdits() {
        checkRandomEdits(count: 5_000, seed: 0x6A75_6573_7561_6E, parsesNarrative: false)
    }

    /// The same with the narrative parsed per block (its own parser has its own differential test).
    func testIncrementalModelWithNarrativeEqualsFullParse() {
        checkRandomEdits(count: 500, seed: 0x6E61_7272, parsesNarrative: true)
    }

    func testFullSizeReportsReparseLikeFullParses() {
        var rng = SplitMix64(seed: 7)
        for fixture in [Fixtures.tabReport, Fixtures.spaceSeparated, Fixtures.volume] {
            var text = Array(fixture.utf8)
            var parser = IncrementalReportParser(text: text)
            for _ in 0..<30 {
                let edit = Self.randomEdit(&text, &rng)
                parser.apply(edits: [edit], newText: text)
                XCTAssertEqual(parser.document, ReportDocument.parse(text), "after \(edit)")
            }
        }
    }

    func testAnEditInsideOneTableReparsesOnlyThatTable() throws {
        var text = Array(Fixtures.volume.utf8)
        var parser = IncrementalReportParser(text: text)
        let before = parser.document
        // Change a figure inside the second report's 05.
        let target = try XCTUnwrap(before.reports[1].table(.generalBudgetExpenditure)?.row(.total)?.cells.first)
        let newFigure = Array("399.99".utf8)
        text.replaceSubrange(target.range.range, with: newFigure)
        parser.apply(edits: [ByteEdit(range: target.range, replacementLength: newFigure.count)], newText: text)
        XCTAssertEqual(parser.lastParsedBlockCount, 1)
        XCTAssertEqual(parser.document, ReportDocument.parse(text))
        XCTAssertEqual(parser.document.reports[1].table(.generalBudgetExpenditure)?.row(.total)?.cells.first?.amount, Amount(parsing: "399.99"))
        // Tables after the edit moved by the edit's delta; tables before kept their ranges.
        XCTAssertEqual(parser.document.reports[0].tables.map(\.range), before.reports[0].tables.map(\.range))
    }

    func testNarrativeIsParsedPerRegionAndReparsedLocally() throws {
        var text = Array(Fixtures.tabReport.utf8)
        var parser = IncrementalReportParser(text: text)
        let narrative = parser.document.reports[0].narrative
        XCTAssertEqual(narrative.parts.map(\.number), [1, 2, 3, 4])
        let mention = try XCTUnwrap(narrative.sentences.flatMap(\.mentions).first { $0.unit == .wanYuan })
        XCTAssertEqual(mention.value, Amount(parsing: "300.00"))
        XCTAssertEqual(TestSupport.text(mention.numberRange, in: Fixtures.tabReport), "300.00")
        // Edit inside 第三部分: only that region is parsed again; the tables are untouched.
        let at = mention.numberRange.start
        text.replaceSubrange(at..<(at + 3), with: Array("301".utf8))
        parser.apply(edits: [ByteEdit(range: SourceRange(start: at, end: at + 3), replacementLength: 3)], newText: text)
        XCTAssertEqual(parser.lastParsedBlockCount, 1)
        XCTAssertEqual(parser.document, ReportDocument.parse(text))
        XCTAssertEqual(parser.document.reports[0].narrative.sentences.flatMap(\.mentions).first { $0.unit == .wanYuan }?.value,
                       Amount(parsing: "301.00"))
    }

    func testRetitlingATableChangesItsKindAndItsNeighbours() throws {
        var text = Array(Fixtures.tabReport.utf8)
        var parser = IncrementalReportParser(text: text)
        let title = try XCTUnwrap(parser.document.reports[0].table(.expenditure)?.titleRange)
        let replacement = Array("一般公共预算财政拨款支出决算表".utf8)
        text.replaceSubrange(title.range, with: replacement)
        parser.apply(edits: [ByteEdit(range: title, replacementLength: replacement.count)], newText: text)
        XCTAssertEqual(parser.document, ReportDocument.parse(text))
        XCTAssertEqual(parser.document.reports[0].tables(.generalBudgetExpenditure).count, 2)
        XCTAssertNil(parser.document.reports[0].table(.expenditure))
    }

    func testSequentialEditsFoldIntoOneEnvelope() {
        // "abcdef": replace "b" by "XY" (→ aXYcdef), then delete "de" (at 4..<6 now) → aXYcf
        let env = IncrementalReportParser.envelope([
            ByteEdit(range: SourceRange(start: 1, end: 2), replacementLength: 2),
            ByteEdit(range: SourceRange(start: 4, end: 6), replacementLength: 0),
        ])
        XCTAssertEqual(env?.start, 1)
        XCTAssertEqual(env?.oldEnd, 5)
        XCTAssertEqual(env?.newEnd, 4)
    }
}
