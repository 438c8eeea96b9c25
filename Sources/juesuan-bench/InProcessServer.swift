import Foundation
import JSONRPC
import LanguageServer

/// The language server driven in this process, without pipes: messages go in as decoded values and
/// every message out is framed (encoded) and dropped. What a keystroke costs the server itself,
/// for profiling (`perf record … --only server-inprocess`); the figures over the real protocol stay the reference.
struct InProcessServer {
    let document: BenchDocument

    /// The bench's figure for `document`: its typist's keystrokes through the server.
    static func figure(_ document: BenchDocument, keystrokes: Int) -> InProcessBenchmarks.Figure {
        InProcessBenchmarks.Figure(name: document.lineCount < 10_000 ? "server keystroke (no pipes), \(document.name)" : "server keystroke (no pipes)",
                                   InProcessServer(document: document).keystrokes(Typist.keystrokes(document, count: keystrokes, seed: 7)),
                                   note: "LanguageServer.receive(didChange) to publishDiagnostics encoded")
    }

    /// The median time from handing the server one `didChange` to the end of the analysis it
    /// starts, including building and encoding the `publishDiagnostics`.
    func keystrokes(_ keystrokes: [Keystroke]) -> (wall: Double, cpu: Double)? {
        let server = LanguageServer(analyzer: ReportAnalyzer.standard(), log: .silent,
                                    output: { _ = MessageWriter.frame($0) }, onExit: { _ in })
        server.receive([.request(id: .int(1), method: "initialize", params: ["capabilities": [:]])])
        server.receive([.notification(method: "initialized", params: [:])])
        server.receive([.notification(method: "textDocument/didOpen", params: ["textDocument": [
            "uri": .string(document.uri), "languageId": "juesuan", "version": 1,
            "text": .string(String(decoding: document.report.bytes, as: UTF8.self)),
        ]])])
        server.waitUntilIdle()
        var wall = Samples(), cpu = Samples()
        for (version, keystroke) in keystrokes.enumerated() {
            let change = Message.notification(method: "textDocument/didChange", params: [
                "textDocument": ["uri": .string(document.uri), "version": .int(version + 2)],
                "contentChanges": [Self.json(keystroke.change)],
            ])
            let t = Clock.measureWithCPU {
                server.receive([change])
                server.waitUntilIdle()
            }
            wall.add(t.wall)
            cpu.add(t.cpu)
        }
        return wall.median.flatMap { w in cpu.median.map { (w, $0) } }
    }

    /// The bench's JSON dictionaries (ints, strings, dictionaries) as `JSONValue`.
    private static func json(_ value: Any) -> JSONValue {
        switch value {
        case let int as Int: .int(int)
        case let string as String: .string(string)
        case let dictionary as [String: Any]: .object(dictionary.mapValues(json))
        default: .null
        }
    }
}
