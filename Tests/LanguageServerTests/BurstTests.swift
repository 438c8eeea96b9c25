import JSONRPC
import Report
import XCTest
@testable import LanguageServer

/// Edits arriving faster than analyses finish: obsolete work is skipped, the latest
/// version wins, and nothing queues up. Analyses are held at a gate, so that the
/// interleaving is fixed and the test does not depend on timing.
final class BurstTests: XCTestCase {
    private let uri = "file:///burst.txt"

    private func typeDigit(_ harness: ServerHarness, version: Int) {
        let character = version % 5
        harness.change(uri, version: version, [["range": lspRange(0, character, 0, character), "text": .string(String(version % 10))]])
    }

    private func pendingEdits(_ harness: ServerHarness) -> Int? {
        harness.server.queue.sync { harness.server.documents[uri]?.analysis.pendingEdits?.count }
    }

    func testBurstOf200ChangesPublishesOnlyIncreasingVersionsEndingWithTheLast() {
        let gate = Gate()
        let calls = AnalysisCallLog()
        var harness = ServerHarness(analyzer: MarkerAnalyzer(calls: calls, gate: gate))
        harness.initialize()
        harness.open(uri, "合计 错误", version: 1)
        gate.waitForArrival()
        var held = true
        var mostInFlight = 0, mostPendingEdits = 0
        let last = 201
        for version in 2...last {
            typeDigit(harness, version: version)
            if !held {
                gate.waitForArrival() // the change started an analysis
                held = true
            }
            mostInFlight = max(mostInFlight, harness.server.queue.sync { harness.server.runningAnalyses })
            mostPendingEdits = max(mostPendingEdits, pendingEdits(harness) ?? 0)
            if version % 10 == 0 {
                // The held analysis finishes on an outdated text: dropped, the newest text is analysed next.
                gate.release()
                gate.waitForArrival()
            }
            if version % 50 == 0 {
                // No newer change while this one runs: its result is published.
                gate.release()
                harness.waitUntilIdle()
                held = false
            }
        }
        if held { gate.release() }
        harness.waitUntilIdle()

        let published = harness.published(uri).compactMap { $0["version"]?.intValue }
        XCTAssertEqual(published, [50, 100, 150, 200, 201])
        XCTAssertTrue(zip(published, published.dropFirst()).allSatisfy { $0 < $1 }, "versions strictly increase")
        XCTAssertEqual(published.last, last, "the last version wins")
        XCTAssertEqual(calls.calls.count, 25, "1 open + 20 restarts on newer text + 4 after a publication, not 201")
        XCTAssertLessThanOrEqual(mostInFlight, 1, "at most one analysis per document at a time")
        XCTAssertLessThanOrEqual(mostPendingEdits, 10, "only the edits since the running analysis started are kept")
        // The last analysis saw exactly the final text.
        var expected = TextDocument(uri: uri, version: 1, text: "合计 错误")
        for version in 2...last {
            let character = version % 5
            let offset = expected.lineIndex.offset(of: LinePosition(line: 0, character: character), in: expected.bytes, encoding: .utf16)
            expected.replace(SourceRange(start: offset, end: offset), with: String(version % 10))
        }
        XCTAssertEqual(calls.calls.last?.text, expected.text)
        XCTAssertEqual(harness.server.latestAnalysis(uri: uri)?.version, last)
    }

    func testAStuckAnalysisDoesNotLetTheEditListGrowWithoutBound() {
        let gate = Gate()
        let calls = AnalysisCallLog()
        var harness = ServerHarness(analyzer: MarkerAnalyzer(calls: calls, gate: gate))
        harness.initialize()
        harness.open(uri, "合计", version: 1)
        gate.waitForArrival()
        let changes = AnalysisState.maxPendingEdits + 500
        for version in 2...(changes + 1) {
            typeDigit(harness, version: version)
            XCTAssertLessThanOrEqual(pendingEdits(harness) ?? 0, AnalysisState.maxPendingEdits)
        }
        XCTAssertNil(harness.server.queue.sync { harness.server.documents[uri]?.analysis.pendingEdits },
                     "past the limit the next analysis reads the text in full")
        gate.release(2)
        harness.waitUntilIdle()
        XCTAssertEqual(calls.calls.count, 2)
        XCTAssertNil(calls.calls.last?.edits)
        XCTAssertEqual(harness.published(uri).compactMap { $0["version"]?.intValue }, [changes + 1])
    }
}
