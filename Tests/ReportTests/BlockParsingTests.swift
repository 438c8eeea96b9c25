import SyntheticReports
import XCTest
@testable import Report

/// A large text is parsed on all cores: the blocks are the same as when parsed one by one.
final class BlockParsingTests: XCTestCase {
    func testParallelParsingGivesTheSameBlocksInOrder() {
        let text = SyntheticReports.volume(departments: 5, seed: 77, errorsPerDepartment: 1).bytes
        XCTAssertGreaterThan(text.count, BlockParsing.parallelThreshold, "large enough to be parsed in parallel")
        let spans = BlockSegmenter.segment(text, from: 0, shouldStop: { _ in false }).blocks
        let parallel = BlockParsing.parse(spans, in: text, firstID: 5, parsesNarrative: true)
        let sequential = BlockParsing.parse(spans, in: text, firstID: 5, parsesNarrative: true, parallel: false)
        XCTAssertEqual(parallel.count, spans.count)
        XCTAssertEqual(parallel.map(\.id), Array(5..<(5 + spans.count)))
        XCTAssertEqual(parallel.map(\.range), spans.map(\.range))
        XCTAssertEqual(parallel.map(\.range), sequential.map(\.range))
        XCTAssertEqual(parallel.map { $0.table?.content }, sequential.map { $0.table?.content })
        XCTAssertEqual(parallel.map { $0.narrative?.block }, sequential.map { $0.narrative?.block })
        XCTAssertEqual(IncrementalReportParser(text: text).document.reports.count, 5)
    }
}
