import Checks
import Dispatch
import Foundation
import LanguageServer
import Report

/// A rule injected by the tests: flags every occurrence of 错误, relates it to
/// the first 合计, and offers to replace it by 正确.
struct MarkerAnalyzer: DocumentAnalyzer {
    static let code = "TEST-MARKER"
    var calls: AnalysisCallLog?
    var gate: Gate?

    func makeSession(uri: String) -> any AnalysisSession { Session(calls: calls, gate: gate) }

    struct Session: AnalysisSession {
        let calls: AnalysisCallLog?
        let gate: Gate?

        mutating func update(bytes: [UInt8], edits: [ByteEdit]?, options: AnalysisOptions) -> AnalysisResult {
            gate?.pass()
            calls?.record(bytes: bytes, edits: edits)
            let related = MarkerAnalyzer.occurrences(of: Array("合计".utf8), in: bytes).first
            let findings = MarkerAnalyzer.occurrences(of: Array("错误".utf8), in: bytes).map { range in
                Finding(code: MarkerAnalyzer.code, severity: .error, range: range,
                        message: LocalizedText(zh: "发现“错误”", en: "found 错误"),
                        related: related.map { [RelatedLocation(range: $0, message: LocalizedText(zh: "合计在此", en: "the total is here"))] } ?? [],
                        fixes: [Fix(title: LocalizedText(zh: "改为“正确”", en: "replace by 正确"),
                                    replacements: [TextReplacement(range: range, newText: "正确")])])
            }
            return AnalysisResult(findings: findings, model: bytes.count)
        }
    }

    static func occurrences(of needle: [UInt8], in bytes: [UInt8]) -> [SourceRange] {
        guard !needle.isEmpty, bytes.count >= needle.count else { return [] }
        var result: [SourceRange] = []
        var k = 0
        while k + needle.count <= bytes.count {
            if bytes[k..<(k + needle.count)].elementsEqual(needle) {
                result.append(SourceRange(start: k, end: k + needle.count))
                k += needle.count
            } else {
                k += 1
            }
        }
        return result
    }
}

/// What the analysis was asked to do. `@unchecked Sendable`: guarded by `lock`.
final class AnalysisCallLog: @unchecked Sendable {
    private let lock = NSLock()
    private var entries: [(text: String, edits: [ByteEdit]?)] = []

    func record(bytes: [UInt8], edits: [ByteEdit]?) {
        lock.lock()
        entries.append((String(decoding: bytes, as: UTF8.self), edits))
        lock.unlock()
    }

    var calls: [(text: String, edits: [ByteEdit]?)] {
        lock.lock()
        defer { lock.unlock() }
        return entries
    }
}

/// Holds analyses until the test opens it.
final class Gate: Sendable {
    private let semaphore = DispatchSemaphore(value: 0)
    private let opened = DispatchSemaphore(value: 0)

    /// Called by the analysis: waits until the test lets one analysis through.
    func pass() {
        opened.signal()
        semaphore.wait()
    }

    /// Waits until an analysis is waiting at the gate.
    func waitForArrival() { opened.wait() }

    func release(_ count: Int = 1) {
        for _ in 0..<count { semaphore.signal() }
    }
}
