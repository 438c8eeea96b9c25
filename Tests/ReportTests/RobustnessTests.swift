import XCTest
@testable import Report

/// Parsing never fails and never crashes: garbage, invalid UTF-8, truncated tables.
final class RobustnessTests: XCTestCase {
    private func assertWellFormed(_ doc: ReportDocument, length: Int, file: StaticString = #filePath, line: UInt = #line) {
        func check(_ r: SourceRange) {
            XCTAssertTrue(r.start >= 0 && r.start <= r.end && r.end <= length, "range \(r) outside 0..<\(length)", file: file, line: line)
        }
        for report in doc.reports {
            check(report.range)
            report.narrativeRegions.forEach { check($0.range) }
            for table in report.tables {
                check(table.range)
                check(table.titleRange)
                table.notes.forEach { check($0.range) }
                for row in table.rows {
                    check(row.range)
                    row.code.map { check($0.range) }
                    row.name.map { check($0.range) }
                    row.cells.forEach { check($0.range); if let c = $0.column { XCTAssertTrue(table.columns.indices.contains(c)) } }
                }
            }
        }
    }

    func testRandomBytesAndMutatedReportsParseWithoutCrashing() {
        var rng = SplitMix64(seed: 42)
        let sources = [Fixtures.tabReport, Fixtures.spaceSeparated, Fixtures.htmlTable, Fixtures.pipeTable, Fixtures.markdownBold]
        for i in 0..<150 {
            var bytes: [UInt8]
            if i % 5 == 0 {
                bytes = (0..<Int.random(in: 0..<600, using: &rng)).map { _ in UInt8.random(in: 0...255, using: &rng) }
            } else {
                bytes = Array(sources[i % sources.count].utf8)
                for _ in 0..<Int.random(in: 1...40, using: &rng) where !bytes.isEmpty {
                    let p = Int.random(in: 0..<bytes.count, using: &rng)
                    switch Int.random(in: 0..<4, using: &rng) {
                    case 0: bytes.remove(at: p)                                              // may split a character
                    case 1: bytes.insert(UInt8.random(in: 0...255, using: &rng), at: p)
                    case 2: bytes.insert(contentsOf: Array("\t\t——\n公开0".utf8), at: p)
                    default: bytes.removeSubrange(p..<min(bytes.count, p + Int.random(in: 0...200, using: &rng)))
                    }
                }
            }
            let doc = ReportDocument.parse(bytes)
            assertWellFormed(doc, length: bytes.count)
            for _ in 0..<5 { _ = doc.location(at: Int.random(in: -5...(bytes.count + 5), using: &rng)) }
            _ = doc.dumpJSON(text: bytes).serialized()
        }
    }

    func testPathologicalLines() {
        let inputs = [
            "收入决算表\n" + String(repeating: "\t", count: 5000),
            "支出决算表\n合计" + String(repeating: " 1.00", count: 3000),
            "一般公共预算财政拨款支出决算表\n合计 300.00 200.00 100.00\n" + (0..<200).map { "20101\($0 % 10)\($0 % 7) 项目 1.00 1.00" }.joined(separator: "\n"),
            String(repeating: "第一部分 概况\n", count: 300),
            "收入支出决算总表\n" + String(repeating: "1 ", count: 4000),
            "<table>" + String(repeating: "<tr><td colspan=\"99999\">", count: 50),
            "一般公共预算财政拨款基本支出决算明细表\n" + String(repeating: "301 工资 ", count: 2000),
        ]
        for text in inputs {
            let bytes = Array(text.utf8)
            assertWellFormed(ReportDocument.parse(bytes), length: bytes.count)
        }
    }
}
