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
}
