// Fuzz target (a): raw bytes into the framing, JSON-RPC decoding and the LSP
// server's dispatch, in process. Built by Fuzz/run.sh, never by `swift build`.
//
// Input layout: byte 0 chooses a preamble (0: none, the server starts
// uninitialized; 1/2/3: initialize + initialized negotiating utf-16/utf-8/utf-32)
// and byte 1 seeds how the remaining bytes are chunked into reads.
//
// Checked properties, besides "no crash, no hang, no sanitizer report":
// - every request is answered exactly once (unless the server shut down and exited);
// - every message the server sends frames and re-reads as exactly that message;
// - the reader never holds more than the cap plus one read in memory.
import Dispatch
import Foundation
import JSONRPC
import LanguageServer

final class Sink: @unchecked Sendable {
    private let lock = NSLock()
    private var messages: [Message] = []
    private var exited = false

    func record(_ message: Message) {
        // Every outgoing message must survive framing and re-reading unchanged.
        var reader = MessageReader()
        reader.push(MessageWriter.frame(message))
        let events = reader.events()
        guard events.count == 1, case .message(let back) = events[0], back == message || Sink.sameModuloFloat(back, message) else {
            fatalError("outgoing message does not round-trip: \(message) → \(events)")
        }
        lock.lock(); messages.append(message); lock.unlock()
    }

    /// Request ids and results may hold numbers whose JSON spelling changes their case (1.0 → 1).
    static func sameModuloFloat(_ a: Message, _ b: Message) -> Bool {
        JSONWriter.encode(a.json) == JSONWriter.encode(b.json)
    }

    func recordExit() { lock.lock(); exited = true; lock.unlock() }

    var all: [Message] { lock.lock(); defer { lock.unlock() }; return messages }
    var didExit: Bool { lock.lock(); defer { lock.unlock() }; return exited }
}

func preamble(_ mode: UInt8) -> [UInt8] {
    let encodings = ["utf-16", "utf-8", "utf-32"]
    guard mode % 4 != 0 else { return [] }
    let encoding = encodings[Int(mode % 4) - 1]
    let initialize = #"{"jsonrpc":"2.0","id":"pre","method":"initialize","params":{"processId":null,"rootUri":null,"capabilities":{"general":{"positionEncodings":["\#(encoding)"]},"textDocument":{"diagnostic":{}},"workspace":{"configuration":true}}}}"#
    let initialized = #"{"jsonrpc":"2.0","method":"initialized","params":{}}"#
    return [initialize, initialized].flatMap { Array("Content-Length: \($0.utf8.count)\r\n\r\n\($0)".utf8) }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let input = Array(UnsafeBufferPointer(start: data, count: size))
    let mode = input.first ?? 0
    var seed = UInt64(input.count > 1 ? input[1] : 0) &+ 0x9E37_79B9_7F4A_7C15
    let stream = preamble(mode) + input.dropFirst(2)

    let sink = Sink()
    let server = LanguageServer(log: .silent, output: { sink.record($0) }, onExit: { _ in sink.recordExit() })
    // A small cap so that the oversized-body path is reachable with short inputs.
    var reader = MessageReader(maxContentLength: 4096, maxDepth: JSONParser.defaultMaxDepth)
    var requests: [RequestID: Int] = [:]
    var offset = 0
    while offset < stream.count, !sink.didExit {
        seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        let length = min(stream.count - offset, 1 + Int((seed >> 33) % 300))
        reader.push(stream[offset..<(offset + length)])
        offset += length
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
        if reader.bufferedCount > 4096 + 16 << 10 + 300 { fatalError("reader holds \(reader.bufferedCount) bytes") }
    }
    server.waitUntilIdle()
    // Answer the server's own requests (workspace/configuration) that the input left
    // unanswered: the server keeps a callback for each until then.
    let unanswered = sink.all.compactMap { message -> Message? in
        guard case .request(let id, _, _) = message else { return nil }
        return .errorResponse(id: id, error: ResponseError(code: -32603, message: "fuzz client gives up"))
    }
    if !unanswered.isEmpty { server.receive(unanswered); server.waitUntilIdle() }
    server.endOfInput()

    // Each request id the client used is answered at least once and, when the
    // client used it only once, exactly once (reused ids get their own -32600).
    var answers: [RequestID: Int] = [:]
    for message in sink.all {
        switch message {
        case .response(let id, _): answers[id, default: 0] += 1
        case .errorResponse(let id?, _): answers[id, default: 0] += 1
        default: break
        }
    }
    for (id, count) in requests {
        let answered = answers[id] ?? 0
        if answered == 0 { fatalError("request \(id) was never answered") }
        if count == 1, answered > 1 { fatalError("request \(id) was answered \(answered) times") }
    }
    return 0
}
