import XCTest
@testable import Report

/// The narrative of the real seeds (skipped when `../shared/seeds` is absent).
final class NarrativeSeedTests: XCTestCase {
    private typealias S = NarrativeTestSupport

    private func seed(_ prefix: String) throws -> [UInt8] {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let directory = root.deletingLastPathComponent().appendingPathComponent("shared/seeds")
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory.path),
              let name = names.sorted().first(where: { $0.hasPrefix(prefix) }) else {
            throw XCTSkip("seeds not found at \(directory.path)")
        }
        return Array(try Data(contentsOf: directory.appendingPathComponent(name)))
    }

    /// The byte range of 1-based lines `from...to`.
    private func lines(_ bytes: [UInt8], _ from: Int, _ to: Int) -> SourceRange {
        let index = LineIndex(utf8: bytes)
        let start = index.lineStarts[from - 1]
        let end = to < index.lineCount ? index.lineStarts[to] : bytes.count
        return SourceRange(start: start, end: end)
    }

    func testSeed000TotalsAndChangeOnLine495() throws {
        let bytes = try seed("000_")
        let index = LineIndex(utf8: bytes)
        let line = { (offset: Int) in index.line(containing: offset) + 1 }
        let n = NarrativeParser.parse(bytes)
        let onLine = n.mentions.filter { line($0.range.start) == 495 }
        XCTAssertEqual(onLine.map { S.source(bytes, $0.range) },
                       ["2024年度", "1,835.83万元", "1,835.83万元", "1,910.36万元", "50.99%", "1,910.36万元", "50.99%"])
        XCTAssertEqual(onLine[1].subject, "收入总计")
        XCTAssertEqual(onLine[1].wanYuan, Amount(parsing: "1835.83"))
        XCTAssertEqual(onLine[3].subject, "收入总计")
        XCTAssertEqual(onLine[3].direction, .decrease)
        XCTAssertEqual(onLine[4].subject, "收入总计")
        XCTAssertEqual(onLine[4].direction, .decrease)
        XCTAssertEqual(onLine[4].percentage, Amount(parsing: "50.99"))
        XCTAssertEqual(onLine[5].subject, "支出总计")
    }

    func testSeed000CountAgainstEnumeratedListOnLine94() throws {
        let bytes = try seed("000_")
        let index = LineIndex(utf8: bytes)
        let line = { (offset: Int) in index.line(containing: offset) + 1 }
        let n = NarrativeParser.parse(bytes)
        let sentence = try XCTUnwrap(n.sentences.first { line($0.range.start) == 94 })
        let count = try XCTUnwrap(sentence.mentions.first)
        XCTAssertEqual(count.kind, .count(Amount(18), measureWord: "个"))
        XCTAssertEqual(S.source(bytes, count.range), "18个")
        let list = try XCTUnwrap(sentence.enumeration)
        XCTAssertTrue(list.isNumbered)
        XCTAssertEqual(list.items.count, 17)
        XCTAssertEqual(list.items.first?.text, "综合股")
        XCTAssertEqual(list.items[2].text, "投资规划股")     // `3、投资规划股4、技术创新股` has no separator
        XCTAssertEqual(list.items[3].text, "技术创新股")
        XCTAssertEqual(list.items.last?.text, "服务体系建设股")
        XCTAssertEqual(list.items.last?.number, 17)
        // Line 122: 下属二级单位3个, three names.
        let units = try XCTUnwrap(n.sentences.first { line($0.range.start) == 122 })
        XCTAssertEqual(units.mentions.first?.kind, .count(Amount(3), measureWord: "个"))
        XCTAssertEqual(units.enumeration?.items.count, 3)
    }

    func testSeed003NumberAndUnitAcrossLines990To992() throws {
        let bytes = try seed("003_")
        let index = LineIndex(utf8: bytes)
        let line = { (offset: Int) in index.line(containing: offset) + 1 }
        let part3 = lines(bytes, 969, 1465)
        let n = NarrativeParser.parse(bytes, regions: [part3])
        XCTAssertEqual(n.parts.map(\.number), [3, 4])
        XCTAssertEqual(n.parts.first?.sections.count, 13)
        let sentence = try XCTUnwrap(n.sentences.first { line($0.range.start) == 990 })
        let basic = try XCTUnwrap(sentence.mentions.first { $0.subject == "基本支出" && $0.unit == .wanYuan })
        XCTAssertEqual(basic.wanYuan, Amount(parsing: "307.87"))
        XCTAssertEqual(S.source(bytes, basic.numberRange), "307.87")
        XCTAssertEqual(line(basic.numberRange.start), 990)
        XCTAssertEqual(line(basic.range.end), 992)
        let share = try XCTUnwrap(sentence.mentions.first { $0.percentage == Amount(parsing: "77.77") })
        XCTAssertEqual(S.source(bytes, share.range), "77.77%")
        XCTAssertEqual(share.subject, "基本支出")
        XCTAssertEqual(share.label, "占")
        let project = try XCTUnwrap(sentence.mentions.first { $0.subject == "项目支出" && $0.unit == .wanYuan })
        XCTAssertEqual(project.value, Amount(88))
        XCTAssertEqual(project.value.decimals, 0)
    }

    func testSeed003ChangePercentageAcrossLines972To974() throws {
        let bytes = try seed("003_")
        let index = LineIndex(utf8: bytes)
        let line = { (offset: Int) in index.line(containing: offset) + 1 }
        let n = NarrativeParser.parse(bytes, regions: [lines(bytes, 969, 1465)])
        let sentence = try XCTUnwrap(n.sentences.first { $0.text.hasPrefix("与上年度相比，收、支总计各减少") })
        XCTAssertEqual(line(sentence.range.start), 972)
        let change = try XCTUnwrap(sentence.mentions.first { $0.unit != nil })
        XCTAssertEqual(change.wanYuan, Amount(parsing: "417.27"))
        XCTAssertEqual(change.direction, .decrease)
        let pct = try XCTUnwrap(sentence.mentions.first { $0.percentage != nil })
        XCTAssertEqual(pct.percentage, Amount(parsing: "54.35"))
        XCTAssertEqual(line(pct.range.start), 974)
        XCTAssertEqual(pct.direction, .decrease)
    }

    func testSeed003CountSplitFromMeasureWordLines108To110() throws {
        let bytes = try seed("003_")
        let index = LineIndex(utf8: bytes)
        let line = { (offset: Int) in index.line(containing: offset) + 1 }
        let n = NarrativeParser.parse(bytes, regions: [lines(bytes, 1, 124)])
        let sentence = try XCTUnwrap(n.sentences.first { $0.text.contains("内设机构") })
        let count = try XCTUnwrap(sentence.mentions.first)
        XCTAssertEqual(count.kind, .count(Amount(4), measureWord: "个"))
        XCTAssertEqual(line(count.numberRange.start), 108)
        XCTAssertEqual(line(count.range.end), 110)
        XCTAssertEqual(sentence.enumeration?.items.map(\.text), ["办公室", "工业经济办公室", "信息化办公室"])
        XCTAssertEqual(sentence.enumeration?.items.first.flatMap { $0.range }.map { line($0.start) }, 110)
    }

    func testEverySeedParsesWholeWithoutLosingRanges() throws {
        for prefix in ["000_", "001_", "002_", "003_", "004_"] {
            let bytes = try seed(prefix)
            let n = NarrativeParser.parse(bytes)
            XCTAssertFalse(n.parts.isEmpty, prefix)
            for sentence in n.sentences {
                for m in sentence.mentions {
                    XCTAssertTrue(sentence.range.start <= m.range.start && m.range.end <= sentence.range.end, prefix)
                    // The number's source text, with separators and spaces removed, is the written number.
                    let written = S.source(bytes, m.numberRange).filter { !" ,，".contains($0) }
                    XCTAssertFalse(written.isEmpty, prefix)
                }
            }
        }
    }
}
