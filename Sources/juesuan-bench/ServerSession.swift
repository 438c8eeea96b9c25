import Foundation

/// One running `juesuan-ls` with one document open, as an editor holds it.
final class ServerSession {
    let client: LSPClient
    let document: BenchDocument
    private(set) var capabilities: [String: Any] = [:]
    private(set) var version = 1
    /// Process start → `initialize` answered.
    private(set) var initializeMs = 0.0
    /// Process start → first `publishDiagnostics` of the opened document.
    private(set) var coldStartMs = 0.0
    /// How many diagnostics the first publication carried.
    private(set) var firstDiagnosticsCount = 0

    static var clientCapabilities: [String: Any] {[
        "general": ["positionEncodings": ["utf-16"]],
        "textDocument": [
            "synchronization": ["dynamicRegistration": false, "didSave": false],
            "publishDiagnostics": ["relatedInformation": true, "versionSupport": true],
            "hover": ["contentFormat": ["markdown", "plaintext"]],
        ],
    ]}

    /// Starts the server, initializes it and opens `document`; times the whole cold start.
    init(server: String, document: BenchDocument, stderrPath: String?) throws {
        self.document = document
        client = LSPClient(executable: server, stderrPath: stderrPath)
        // Encode the big didOpen before the clock starts: client work is not server time.
        let open = try Self.frame(["jsonrpc": "2.0", "method": "textDocument/didOpen", "params": [
            "textDocument": ["uri": document.uri, "languageId": "plaintext", "version": 1,
                             "text": String(decoding: document.bytes, as: UTF8.self)],
        ]])
        try client.start()
        let (id, _) = try client.request("initialize", ["processId": Int(getpid()), "rootUri": NSNull(),
                                                        "capabilities": Self.clientCapabilities])
        let answer = try client.response(to: id)
        initializeMs = Clock.ms(client.startTime, answer.time)
        capabilities = (answer.json["result"] as? [String: Any])?["capabilities"] as? [String: Any] ?? [:]
        try client.notify("initialized", [:])
        try client.writeFramed(open)
        let first = try client.diagnostics(uri: document.uri, version: 1, timeout: 120)
        coldStartMs = Clock.ms(client.startTime, first.time)
        firstDiagnosticsCount = (first.params?["diagnostics"] as? [Any])?.count ?? 0
    }

    static func frame(_ object: [String: Any]) throws -> Data {
        var body = try JSONSerialization.data(withJSONObject: object, options: [.withoutEscapingSlashes])
        body.insert(contentsOf: Data("Content-Length: \(body.count)\r\n\r\n".utf8), at: 0)
        return body
    }

    var advertisesHover: Bool {
        switch capabilities["hoverProvider"] {
        case let flag as Bool: flag
        case is [String: Any]: true
        default: false
        }
    }

    /// Sends one change and returns the time it was written.
    private func change(_ change: [String: Any]) throws -> UInt64 {
        version += 1
        return try client.notify("textDocument/didChange", [
            "textDocument": ["uri": document.uri, "version": version],
            "contentChanges": [change],
        ])
    }

    /// Each keystroke after the previous one's diagnostics arrived (a typist who looks):
    /// the time from sending it to the `publishDiagnostics` carrying its version, and the CPU
    /// time the server spent meanwhile (all its threads; what the latency would be on an idle
    /// machine) and the time it waited for a CPU (what other processes cost it).
    func type(_ keystrokes: [Keystroke]) throws -> ServerTimes {
        var times = ServerTimes()
        for keystroke in keystrokes {
            var ms = 0.0
            try times.measure(self) {
                let sent = try change(keystroke.change)
                let published = try client.diagnostics(uri: document.uri, version: version)
                ms = Clock.ms(sent, published.time)
                return ms
            }
            if keystroke.inTable { times.inTables.add(ms) } else { times.inNarrative.add(ms) }
        }
        return times
    }

    /// Nanoseconds each of the server's threads has run and waited to run (`/proc/PID/task/*/schedstat`).
    func schedulerTimes() -> [String: (running: UInt64, waiting: UInt64)] {
        let tasks = "/proc/\(client.pid)/task"
        guard let threads = try? FileManager.default.contentsOfDirectory(atPath: tasks) else { return [:] }
        var times: [String: (running: UInt64, waiting: UInt64)] = [:]
        for thread in threads {
            guard let stat = try? String(contentsOfFile: "\(tasks)/\(thread)/schedstat", encoding: .utf8) else { continue }
            let fields = stat.split(separator: " ").compactMap { UInt64($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
            guard fields.count >= 2 else { continue }
            times[thread] = (fields[0], fields[1])
        }
        return times
    }

    /// Keystrokes sent back to back, faster than any check: what gets published.
    func burst(_ keystrokes: [Keystroke]) throws -> BurstResult {
        let first = version + 1
        var sendTimes: [UInt64] = []
        for keystroke in keystrokes { sendTimes.append(try change(keystroke.change)) }
        let last = version
        var published: [Int] = []
        var lastArrival: UInt64 = 0
        while published.last != last {
            let message = try client.diagnostics(uri: document.uri)
            published.append(message.params?["version"] as? Int ?? -1)
            lastArrival = message.time
        }
        // Anything published after the latest version would be stale: give it a moment to show up.
        while let late = try? client.next(timeout: 0.2) {
            if late.method == "textDocument/publishDiagnostics" { published.append(late.params?["version"] as? Int ?? -1) }
        }
        let increasing = zip(published, published.dropFirst()).allSatisfy { $0 < $1 }
        return BurstResult(edits: keystrokes.count, publications: published.count,
                           versionsIncrease: increasing && published.first.map { $0 >= first } == true,
                           lastIsLatest: published.last == last,
                           totalMs: Clock.ms(sendTimes.first ?? lastArrival, lastArrival),
                           afterLastEditMs: Clock.ms(sendTimes.last ?? lastArrival, lastArrival))
    }

    /// `textDocument/hover` round trips.
    func hover(_ positions: [(kind: String, position: [String: Any])]) throws -> ServerTimes {
        var times = ServerTimes()
        for (_, position) in positions {
            try times.measure(self) {
                let (id, sent) = try client.request("textDocument/hover", ["textDocument": ["uri": document.uri], "position": position])
                let answer = try client.response(to: id)
                return Clock.ms(sent, answer.time)
            }
        }
        return times
    }

    /// Peak resident set (VmHWM) of the server so far, in MB.
    var peakRSSMegabytes: Double? {
        guard let status = try? String(contentsOfFile: "/proc/\(client.pid)/status", encoding: .utf8) else { return nil }
        for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
            let kilobytes = line.split(separator: " ").compactMap { Double($0) }.first
            return kilobytes.map { $0 / 1024 }
        }
        return nil
    }

    func stop() { client.stop() }
}

/// What a burst of back-to-back edits produced.
struct BurstResult {
    let edits: Int
    let publications: Int
    let versionsIncrease: Bool
    let lastIsLatest: Bool
    /// First edit sent → diagnostics of the last edit.
    let totalMs: Double
    /// Last edit sent → its diagnostics.
    let afterLastEditMs: Double

    var json: [String: Any] {
        ["edits": edits, "publications": publications, "versionsIncrease": versionsIncrease,
         "lastIsLatest": lastIsLatest, "totalMs": totalMs, "afterLastEditMs": afterLastEditMs]
    }
}

/// Round trips to the server: their latency, the CPU time the server spent meanwhile (all its
/// threads: what the latency would be on an idle machine) and the time its threads waited for
/// a CPU (what other processes cost it).
struct ServerTimes {
    var latency = Samples()
    /// `latency` of the keystrokes in table cells, and of those in narrative numbers (keystrokes only).
    var inTables = Samples()
    var inNarrative = Samples()
    var cpu = Samples()
    var waiting = Samples()

    mutating func measure(_ session: ServerSession, _ roundTrip: () throws -> Double) throws {
        let before = session.schedulerTimes()
        latency.add(try roundTrip())
        let after = session.schedulerTimes()
        guard !before.isEmpty, !after.isEmpty else { return }
        // Per thread, so that a thread that ended or started meanwhile does not count.
        var running: UInt64 = 0, waited: UInt64 = 0
        for (thread, now) in after {
            let then = before[thread] ?? (0, 0)
            if now.running >= then.running { running += now.running - then.running }
            if now.waiting >= then.waiting { waited += now.waiting - then.waiting }
        }
        cpu.add(Double(running) / 1_000_000)
        waiting.add(Double(waited) / 1_000_000)
    }
}
