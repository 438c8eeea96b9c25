import Checks
import JSONRPC
import Report
import XCTest
@testable import LanguageServer

/// Diagnostics kept from one analysis to the next are exactly what a fresh conversion gives.
final class DiagnosticCacheTests: XCTestCase {
    private let uri = "file:///cache.txt"

    private func findings(_ text: [UInt8]) -> [Finding] {
        MarkerAnalyzer.occurrences(of: Array("错误".utf8), in: text).map { range in
            Finding(code: "TEST", severity: .warning, range: range, message: LocalizedText(zh: "错", en: "wrong"),
                    related: [RelatedLocation(range: SourceRange(start: 0, end: 3), message: LocalizedText(zh: "首", en: "first"))])
        }
    }

    private func fresh(_ findings: [Finding], _ converter: PositionConverter, locale: MessageLocale = .zh) -> [JSONValue] {
        findings.map { DiagnosticFormatter.diagnostic($0, uri: uri, converter: converter, locale: locale) }
    }

    func testUnchangedFindingsAreReusedAndEqualAFreshConversion() {
        var document = TextDocument(uri: uri, version: 1, text: "合计 错误\n第二行 错误 错误\n第三行 错误\n")
        let cache = DiagnosticCache()
        var converter = document.converter(.utf16)
        XCTAssertEqual(cache.diagnostics(findings(document.bytes), uri: uri, converter: converter, locale: .zh, includeRelated: true),
                       fresh(findings(document.bytes), converter))
        XCTAssertEqual(cache.lastReused, 0)

        // A digit typed on line 1 between its two findings: the second moves, the others do not.
        document.replace(SourceRange(start: 31, end: 31), with: "7")
        converter = document.converter(.utf16)
        let after = cache.diagnostics(findings(document.bytes), uri: uri, converter: converter, locale: .zh, includeRelated: true)
        XCTAssertEqual(after, fresh(findings(document.bytes), converter))
        XCTAssertEqual(after.map(\.description), fresh(findings(document.bytes), converter).map(\.description))
        XCTAssertEqual(cache.lastReused, 3, "the line-0, first line-1 and line-2 findings are reused")

        // A new line shifts everything after it: nothing after it is reused, and nothing is stale.
        document.replace(SourceRange(start: 0, end: 0), with: "\n")
        converter = document.converter(.utf16)
        XCTAssertEqual(cache.diagnostics(findings(document.bytes), uri: uri, converter: converter, locale: .zh, includeRelated: true),
                       fresh(findings(document.bytes), converter))
        XCTAssertEqual(cache.lastReused, 0)

        // Another locale: everything converted again.
        XCTAssertEqual(cache.diagnostics(findings(document.bytes), uri: uri, converter: converter, locale: .en, includeRelated: true),
                       fresh(findings(document.bytes), converter, locale: .en))
        XCTAssertEqual(cache.lastReused, 0)
    }

    func testPublishedDiagnosticsAfterEditsMatchAFreshConversion() {
        var harness = ServerHarness()
        harness.initialize()
        harness.open(uri, "合计 错误\n错误 错误\n")
        for (version, change) in [(2, lspRange(0, 3, 0, 3)), (3, lspRange(1, 0, 1, 0)), (4, lspRange(0, 0, 0, 0))].map({ ($0.0, $0.1) }) {
            harness.change(uri, version: version, [["range": change, "text": version == 4 ? "\n" : "9"]])
            harness.waitUntilIdle()
            guard let snapshot = harness.server.queue.sync(execute: { harness.server.latestAnalysis(uri: uri) }) else { return XCTFail("no analysis") }
            let expected = snapshot.findings.map { DiagnosticFormatter.diagnostic($0, uri: uri, converter: snapshot.converter, locale: .zh) }
            XCTAssertEqual(harness.published(uri).last?["diagnostics"], .array(expected), "version \(version)")
            XCTAssertEqual(harness.published(uri).last?["diagnostics"]?.description, JSONValue.array(expected).description)
        }
    }

    /// Findings whose messages number them (`第3处`: an insertion before one renumbers every later
    /// one without moving it), whose severity alternates, and whose related range is the previous
    /// marker (or the text's start).
    private func numberedFindings(_ text: [UInt8]) -> [Finding] {
        let ranges = MarkerAnalyzer.occurrences(of: Array("错误".utf8), in: text)
        return ranges.enumerated().map { k, range in
            Finding(code: k % 3 == 0 ? "T01-1" : "N-05", severity: k % 2 == 0 ? .warning : .error, range: range,
                    message: LocalizedText(zh: "第\(k)处", en: "number \(k)"),
                    related: [RelatedLocation(range: k > 0 ? ranges[k - 1] : SourceRange(start: 0, end: 0),
                                              message: LocalizedText(zh: "前一处", en: "previous"))])
        }
    }

    /// Random edits (digits, CJK, emoji, line breaks, deletions over any of them), each followed by
    /// a call with the changed span as the server describes it: every result equals a fresh conversion.
    func testByteKeyedReuseEqualsAFreshConversionAfterRandomEdits() {
        for encoding in [PositionEncoding.utf16, .utf8] {
            var random = SeededGenerator(seed: 0xD1A6)
            var document = TextDocument(uri: uri, version: 1, text: "合计 错误\n第二行 错误 错误\r\n第三行 错误\n\n错误😀错误\n")
            let cache = DiagnosticCache()
            var lineCount = document.lineIndex.lineCount
            _ = cache.diagnostics(numberedFindings(document.bytes), uri: uri, converter: document.converter(encoding), locale: .zh,
                                  includeRelated: true)
            var reusedByBytes = 0
            for step in 0..<400 {
                let pieces = ["7", "错误", "行", "\n", "\r\n", "😀", "", ""]
                let start = Int.random(in: 0...document.bytes.count, using: &random)
                let end = min(document.bytes.count, start + Int.random(in: 0...4, using: &random))
                let edit = document.replace(SourceRange(start: start, end: end), with: pieces.randomElement(using: &random)!)
                let stable = DiagnosticCache.StableText(edit: edit, bytes: document.bytes, sameLineCount: lineCount == document.lineIndex.lineCount)
                lineCount = document.lineIndex.lineCount
                let converter = document.converter(encoding)
                let findings = numberedFindings(document.bytes)
                let cached = cache.diagnostics(findings, uri: uri, converter: converter, locale: .zh, includeRelated: true, stable: stable)
                XCTAssertEqual(cached.map(\.description), fresh(findings, converter).map(\.description), "step \(step), \(encoding)")
                reusedByBytes += cache.lastReusedByBytes
            }
            XCTAssertGreaterThan(reusedByBytes, 100, "the fast path is taken (\(encoding))")
        }
    }
}
