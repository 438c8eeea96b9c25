import Checks
import Foundation
import JSONRPC
@testable import LanguageServer
import Report
import XCTest

/// The real analyzer: incremental parsing, injected producers, user catalogs from settings.
final class ReportAnalyzerTests: XCTestCase {
    private func producer(_ code: String, counter: Counter? = nil) -> FindingProducer {
        FindingProducer(name: code) { input in
            counter?.increment()
            let tables = input.report.tables.count
            let at = input.report.range.start
            return ProducerOutput(findings: [Finding(code: code, severity: .error, range: SourceRange(start: at, end: at + 1),
                                                     message: LocalizedText(zh: "\(tables) 张表", en: "\(tables) tables"))])
        }
    }

    func testProducersRunOnReportsAndTheModelIsTheParsedDocument() throws {
        var session = ReportAnalyzer(producers: [producer("A"), producer("B")]).makeSession(uri: "file:///r")
        let bytes = Array(ReportFixture.text.utf8)
        let result = session.update(bytes: bytes, edits: nil, options: AnalysisOptions())
        XCTAssertEqual(result.findings.map(\.code), ["A", "B"])
        let analysis = try XCTUnwrap(result.model as? ReportAnalysis)
        XCTAssertEqual(analysis.document, ReportDocument.parse(bytes))
        XCTAssertEqual(result.findings.first?.message.zh, "\(analysis.document.tables.count) 张表")
    }

    func testTextThatIsNotAReportGetsNoFindings() {
        let counter = Counter()
        var session = ReportAnalyzer(producers: [producer("A", counter: counter)]).makeSession(uri: "file:///r")
        let result = session.update(bytes: Array("购物清单：苹果 3 个，2010401。\n".utf8), edits: nil,
                                    options: AnalysisOptions(catalogFiles: ["/nonexistent/catalog.tsv"]))
        XCTAssertTrue(result.findings.isEmpty)
        XCTAssertEqual(counter.value, 0)
        XCTAssertNotNil(result.model as? ReportAnalysis)
    }

    func testEditsReparseIncrementallyToTheSameModelAsAFullParse() throws {
        var session = ReportAnalyzer(producers: []).makeSession(uri: "file:///r")
        var document = TextDocument(uri: "file:///r", version: 1, text: ReportFixture.text)
        _ = session.update(bytes: document.bytes, edits: nil, options: AnalysisOptions())
        var edits: [ByteEdit] = []
        // Rename a code, change a figure, insert a row: several edits in one update.
        for (needle, replacement) in [("2150517\t产业发展\t266.80\t\t", "2150517\t产业发展\t266.81\t\t"),
                                      ("21505\t工业和信息化产业监管", "21505\t工业和信息产业监管")] {
            let text = document.text
            let range = try XCTUnwrap(text.range(of: needle))
            let start = text.utf8.distance(from: text.startIndex, to: range.lowerBound)
            edits.append(document.replace(SourceRange(start: start, end: start + needle.utf8.count), with: replacement))
        }
        let result = session.update(bytes: document.bytes, edits: edits, options: AnalysisOptions())
        let analysis = try XCTUnwrap(result.model as? ReportAnalysis)
        XCTAssertEqual(analysis.document, ReportDocument.parse(document.bytes))
        XCTAssertEqual(analysis.document.reports.first?.narrative.parts.map(\.number), [1, 2, 3, 4])
        let unchanged = session.update(bytes: document.bytes, edits: [], options: AnalysisOptions())
        XCTAssertEqual((unchanged.model as? ReportAnalysis)?.document, analysis.document)
    }

    func testDisabledRulesAreNotReported() {
        var session = ReportAnalyzer(producers: [producer("A"), producer("B")]).makeSession(uri: "file:///r")
        let result = session.update(bytes: Array(ReportFixture.text.utf8), edits: nil, options: AnalysisOptions(disabledRules: ["A"]))
        XCTAssertEqual(result.findings.map(\.code), ["B"])
    }

    func testUserCatalogWithABadLineIsUsedAndItsProblemIsADiagnosticOnTheFirstLine() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("juesuan-ls-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("catalog.csv")
        try Data("科目编码,科目名称\n2150588,虚构事务,用户补充的说明\n12x,坏行\n".utf8).write(to: file)

        var harness = ServerHarness.withReport(encoding: .utf16, options: ["catalogFiles": [.string(file.path)]])
        let diagnostics = harness.published(ReportFixture.uri).last?["diagnostics"]?.arrayValue ?? []
        let problems = diagnostics.filter { $0["code"] == .string(CatalogLoader.problemCode) }
        XCTAssertEqual(problems.count, 1, "\(diagnostics)")
        XCTAssertEqual(problems.first?["severity"], 2)
        XCTAssertTrue(problems.first?["message"]?.stringValue?.contains("\(file.path):3") ?? false, "\(problems)")
        XCTAssertEqual(problems.first?["range"], lspRange(0, 0, 0, "XX市工业和信息化局".utf16.count))
        // The good line extends the catalog: 2150588 is known now, so not reported as unknown, and hovers with its explanation.
        XCTAssertFalse(diagnostics.contains { $0["code"] == "O-09-UNKNOWN" }, "\(diagnostics)")
        let at = ReportFixture.lspPosition(of: "2150588", encoding: .utf16)
        let markdown = try XCTUnwrap(harness.hover(line: at.line, character: at.character)?.hoverMarkdown)
        XCTAssertTrue(markdown.contains("**2150588 虚构事务**"), markdown)
        XCTAssertTrue(markdown.contains("用户补充的说明"), markdown)
        XCTAssertTrue(markdown.contains("catalog.csv"), markdown)
    }

    func testMissingCatalogFileIsReportedNotFatal() {
        let harness = ServerHarness.withReport(options: ["catalogFiles": ["/nonexistent/juesuan/catalog.tsv"]])
        let diagnostics = harness.published(ReportFixture.uri).last?["diagnostics"]?.arrayValue ?? []
        let problem = diagnostics.first { $0["code"] == .string(CatalogLoader.problemCode) }
        XCTAssertTrue(problem?["message"]?.stringValue?.contains("/nonexistent/juesuan/catalog.tsv") ?? false, "\(diagnostics)")
        XCTAssertTrue(diagnostics.contains { $0["code"] == "O-09-UNKNOWN" })
    }

    func testCatalogFilesChangedBySettingsAreReloaded() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("juesuan-ls-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("extra.tsv")
        try Data("2150588\t虚构事务\n".utf8).write(to: file)
        let harness = ServerHarness.withReport()
        XCTAssertTrue(harness.published(ReportFixture.uri).last?["diagnostics"]?.arrayValue?.contains { $0["code"] == "O-09-UNKNOWN" } ?? false)
        harness.notify("workspace/didChangeConfiguration", ["settings": ["juesuan-ls": ["catalogFiles": [.string(file.path)]]]])
        harness.waitUntilIdle()
        let diagnostics = harness.published(ReportFixture.uri).last?["diagnostics"]?.arrayValue ?? []
        XCTAssertFalse(diagnostics.contains { $0["code"] == "O-09-UNKNOWN" }, "\(diagnostics)")
    }
}

extension ReportAnalyzerTests {
    /// Random edit scripts: replacing the enveloping edit's span of the original text by the same
    /// span of the final text gives the final text.
    func testEnvelopeOfSequentialEditsCoversThemAll() throws {
        var generator = SeededGenerator(seed: 42)
        for _ in 0..<2000 {
            let original = Array("第一部分概况\n2010401\t行政运行\t20.00\n".utf8)
            var text = original
            var edits: [ByteEdit] = []
            for _ in 0..<Int.random(in: 1...4, using: &generator) {
                let start = Int.random(in: 0...text.count, using: &generator)
                let end = Int.random(in: start...min(text.count, start + 5), using: &generator)
                let insert = [UInt8](repeating: UInt8(ascii: "x"), count: Int.random(in: 0...3, using: &generator))
                text.replaceSubrange(start..<end, with: insert)
                edits.append(ByteEdit(range: SourceRange(start: start, end: end), replacementLength: insert.count))
            }
            let envelope = try XCTUnwrap(ByteEdit.enveloping(edits))
            var rebuilt = original
            let replacement = text[envelope.range.start..<(envelope.range.start + envelope.replacementLength)]
            rebuilt.replaceSubrange(envelope.range.range, with: replacement)
            XCTAssertEqual(rebuilt, text, "\(edits)")
            XCTAssertEqual(original.count + envelope.delta, text.count)
        }
        XCTAssertNil(ByteEdit.enveloping([]))
    }
}

extension ReportAnalyzerTests {
    static let volume = ReportFixture.text + "\n" + ReportFixture.text.replacingOccurrences(of: "XX市工业和信息化局", with: "YY县财政局")
        + "\n" + ReportFixture.text.replacingOccurrences(of: "XX市工业和信息化局", with: "ZZ区商务局")

    func testOnlyTheReportAnEditTouchesIsCheckedAgain() throws {
        let counter = Counter()
        var session = ReportAnalyzer(producers: [producer("A", counter: counter)]).makeSession(uri: "file:///v")
        var document = TextDocument(uri: "file:///v", version: 1, text: Self.volume)
        let first = session.update(bytes: document.bytes, edits: nil, options: AnalysisOptions())
        XCTAssertEqual((first.model as? ReportAnalysis)?.document.reports.count, 3)
        XCTAssertEqual(counter.value, 3)
        // An edit inside the second report: only it is checked; the third report's finding moves.
        let text = document.text
        let range = try XCTUnwrap(text.range(of: "部门名称：YY县财政局"))
        let start = text.utf8.distance(from: text.startIndex, to: range.upperBound)
        let edit = document.replace(SourceRange(start: start, end: start), with: "新")
        let second = session.update(bytes: document.bytes, edits: [edit], options: AnalysisOptions())
        XCTAssertEqual(counter.value, 4)
        var fresh = ReportAnalyzer(producers: [producer("A")]).makeSession(uri: "file:///v")
        XCTAssertEqual(second.findings, fresh.update(bytes: document.bytes, edits: nil, options: AnalysisOptions()).findings)
        // Options changed: everything again.
        _ = session.update(bytes: document.bytes, edits: [], options: AnalysisOptions(reportRounding: true))
        XCTAssertEqual(counter.value, 7)
        _ = session.update(bytes: document.bytes, edits: [], options: AnalysisOptions(reportRounding: true))
        XCTAssertEqual(counter.value, 7)
    }

    /// Random edits over a volume: the kept-and-moved results equal a fresh analysis, findings and
    /// figure identities alike.
    func testIncrementalResultsEqualAFreshAnalysisAfterRandomEdits() throws {
        var generator = SeededGenerator(seed: 7)
        let analyzer = ReportAnalyzer.standard()
        var session = analyzer.makeSession(uri: "file:///v")
        var document = TextDocument(uri: "file:///v", version: 1, text: Self.volume)
        _ = session.update(bytes: document.bytes, edits: nil, options: AnalysisOptions())
        let snippets = ["9", "", "\t", "21505", "\n", "工业", "0.01"]
        for step in 0..<80 {
            var edits: [ByteEdit] = []
            for _ in 0..<Int.random(in: 1...2, using: &generator) {
                // Edit at a character boundary.
                var start = Int.random(in: 0..<document.bytes.count, using: &generator)
                while start > 0, document.bytes[start] & 0xC0 == 0x80 { start -= 1 }
                var end = min(document.bytes.count, start + Int.random(in: 0...3, using: &generator))
                while end < document.bytes.count, document.bytes[end] & 0xC0 == 0x80 { end += 1 }
                let snippet = snippets[Int.random(in: 0..<snippets.count, using: &generator)]
                edits.append(document.replace(SourceRange(start: start, end: end), with: snippet))
            }
            let incremental = session.update(bytes: document.bytes, edits: edits, options: AnalysisOptions())
            var freshSession = analyzer.makeSession(uri: "file:///v")
            let fresh = freshSession.update(bytes: document.bytes, edits: nil, options: AnalysisOptions())
            XCTAssertEqual(incremental.findings.sorted { ($0.range, $0.code) < ($1.range, $1.code) },
                           fresh.findings.sorted { ($0.range, $0.code) < ($1.range, $1.code) }, "step \(step)")
            let a = try XCTUnwrap(incremental.model as? ReportAnalysis), b = try XCTUnwrap(fresh.model as? ReportAnalysis)
            XCTAssertEqual(Self.identityFingerprints(a), Self.identityFingerprints(b), "step \(step)")
            XCTAssertEqual(a.reportOutputs.map(\.narrativeMatches), b.reportOutputs.map(\.narrativeMatches), "step \(step)")
            // Lookups by cell go through the moved results too.
            if let cell = b.document.tables.last?.rows.last?.cells.first(where: { $0.amount != nil }) {
                XCTAssertEqual(a.identities(involving: cell.range).map(\.formulaText), b.identities(involving: cell.range).map(\.formulaText))
            }
        }
    }
}

extension ReportAnalyzerTests {
    /// Every identity of every report as its formula and figure ranges in the current text.
    static func identityFingerprints(_ analysis: ReportAnalysis) -> [[String]] {
        analysis.reportOutputs.map { output in
            output.identities.map { identity in
                identity.formulaText + " @ " + identity.figures.map { $0.range.map { "\($0)" } ?? "-" }.joined(separator: ",")
            }
        }
    }
}

extension ReportAnalyzerTests {
    /// A catalog file edited on disk is read again at the next analysis, and every report is checked with it.
    func testChangedCatalogFileIsReloaded() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("juesuan-ls-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("extra.tsv")
        try Data("2150589\t别的事务\n".utf8).write(to: file)
        let options = AnalysisOptions(catalogFiles: [file.path])
        var session = ReportAnalyzer.standard().makeSession(uri: "file:///r")
        let bytes = Array(ReportFixture.text.utf8)
        let before = session.update(bytes: bytes, edits: nil, options: options)
        XCTAssertTrue(before.findings.contains { $0.code == "O-09-UNKNOWN" })
        try Data("2150589\t别的事务\n2150588\t虚构事务\n".utf8).write(to: file)
        let after = session.update(bytes: bytes, edits: [], options: options)
        XCTAssertFalse(after.findings.contains { $0.code == "O-09-UNKNOWN" }, "\(after.findings.map(\.code))")
    }
}

/// A thread-safe counter for producers.
final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0
    func increment() { lock.lock(); count += 1; lock.unlock() }
    var value: Int { lock.lock(); defer { lock.unlock() }; return count }
}
