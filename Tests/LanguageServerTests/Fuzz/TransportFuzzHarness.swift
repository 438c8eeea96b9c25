// The transport fuzz target's harness: raw bytes into the framing, JSON-RPC
// decoding and the LSP server's dispatch, in process. Shared by the libFuzzer
// entry (Fuzz/transport/main.swift, built by Fuzz/run.sh) and by
// FuzzCorpusReplayTests, which replays the committed corpus in `swift test`.
//
// Input layout: byte 0 chooses a preamble (0: none, the server starts
// uninitialized; 1/2/3: initialize + initialized negotiating utf-16/utf-8/utf-32)
// and byte 1 seeds how the remaining bytes are chunked into reads.
//
// Checked properties, besides "no crash, no hang, no sanitizer report":
// - every request is answered, and exactly once when its id was used once;
// - every message the server sends frames and re-reads as that message;
// - the reader never holds more than the cap, a header block and one read.
import Foundation
import JSONRPC
import LanguageServer

/// What the server sends. `@unchecked Sendable`: all state is touched under `lock`.
final class TransportFuzzSink: @unchecked Sendable {
    private let lock = NSLock()
    private var messages: [Message] = []
    private var failures: [String] = []
    private var exited = false

    func record(_ message: Message) {
        var reader = MessageReader()
        reader.push(MessageWriter.frame(message))
        let events = reader.events()
        var roundTrips = false
        if events.count == 1, case .message(let back) = events[0] {
            // Numbers may change spelling (1.0 → 1); the encoded JSON must not.
            roundTrips = back == message || JSONWriter.encode(back.json) == JSONWriter.encode(message.json)
        }
        lock.lock()
        defer { lock.unlock() }
        messages.append(message)
        if !roundTrips { failures.append("outgoing message does not round-trip: \(message) → \(events)") }
    }

    func recordExit() { lock.lock(); exited = true; lock.unlock() }

    var all: [Message] { lock.lock(); defer { lock.unlock() }; return messages }
    var problems: [String] { lock.lock(); defer { lock.unlock() }; return failures }
    var didExit: Bool { lock.lock(); defer { lock.unlock() }; return exited }
}

enum TransportFuzzHarness {
    /// The reader's cap on a body: small, so that the oversized-body path is reachable with short inputs.
    static let maxContentLength = 4096
    /// Shared by every input, as by every document of one server (it caches the catalog).
    static let analyzer = ReportAnalyzer.standard()

    static func preamble(_ mode: UInt8) -> [UInt8] {
        guard mode % 4 != 0 else { return [] }
        let encoding = ["utf-16", "utf-8", "utf-32"][Int(mode % 4) - 1]
        let initialize = #"{"jsonrpc":"2.0","id":"pre","method":"initialize","params":{"processId":null,"rootUri":null,"capabilities":{"general":{"positionEncodings":["\#(encoding)"]},"textDocument":{"diagnostic":{}},"workspace":{"configuration":true}}}}"#
        let initialized = #"{"jsonrpc":"2.0","method":"initialized","params":{}}"#
        return [initialize, initialized].flatMap { Array("Content-Length: \($0.utf8.count)\r\n\r\n\($0)".utf8) }
    }

    /// Runs one input; returns the first property it breaks, nil when none.
    static func run(_ input: [UInt8]) -> String? {
        var seed = UInt64(input.count > 1 ? input[1] : 0) &+ 0x9E37_79B9_7F4A_7C15
        let stream = preamble(input.first ?? 0) + input.dropFirst(2)
        let sink = TransportFuzzSink()
        // The analyzer `juesuan-ls` serves with: parser, every check, diagnostics in every encoding.
        let server = LanguageServer(analyzer: analyzer, log: .silent, output: { sink.record($0) }, onExit: { _ in sink.recordExit() })
        var reader = MessageReader(maxContentLength: maxContentLength)
        var requests: [RequestID: Int] = [:]
        var offset = 0
        while offset < stream.count, !sink.didExit {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let length = min(stream.count - offset, 1 + Int((seed >> 33) % 300))
            reader.push(stream[offset..<(offset + length)])
            offset += length
            // As Connection.run does: valid messages in batches, invalid ones answered in between.
            var batch: [Message] = []
            for event in reader.events() {
                switch event {
                case .message(let message):
                    if case .request(let id, _, _) = message { requests[id, default: 0] += 1 }
                    batch.append(message)
                case .invalid(let invalid):
                    if !batch.isEmpty { server.receive(batch); batch = [] }
                    if let id = invalid.id { requests[id, default: 0] += 1 }
                    sink.record(.errorResponse(id: invalid.id, error: invalid.error))
                }
            }
            if !batch.isEmpty { server.receive(batch) }
            if reader.bufferedCount > maxContentLength + MessageFramer.maxHeaderLength + 300 {
                return "reader holds \(reader.bufferedCount) bytes"
            }
        }
        server.waitUntilIdle()
        // Answer the server's own requests (workspace/configuration) left unanswered:
        // it keeps a callback for each, which refers back to it.
        let unanswered = sink.all.compactMap { message -> Message? in
            guard case .request(let id, _, _) = message else { return nil }
            return .errorResponse(id: id, error: ResponseError(code: -32603, message: "the fuzz client gives up"))
        }
        if !unanswered.isEmpty { server.receive(unanswered); server.waitUntilIdle() }
        server.endOfInput()

        var answers: [RequestID: Int] = [:]
        for message in sink.all {
            switch message {
            case .response(let id, _), .errorResponse(let id?, _): answers[id, default: 0] += 1
            default: break
            }
        }
        for (id, count) in requests.sorted(by: { $0.key.description < $1.key.description }) {
            let answered = answers[id] ?? 0
            if answered == 0 { return "request \(id) was never answered" }
            if count == 1, answered > 1 { return "request \(id) was answered \(answered) times" }
        }
        return sink.problems.first
    }
}
