#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// A message from the server and the monotonic time its last byte was read.
struct Received {
    let time: UInt64
    let json: [String: Any]

    var method: String? { json["method"] as? String }
    var id: Int? { json["id"] as? Int }
    var params: [String: Any]? { json["params"] as? [String: Any] }
}

enum BenchError: Error, CustomStringConvertible {
    case message(String)

    var description: String {
        switch self {
        case .message(let text): text
        }
    }
}

/// Drives a `juesuan-ls` process over stdio as an editor would: Content-Length framed
/// JSON-RPC on its stdin/stdout. A reader thread timestamps each message when its last
/// byte arrives, before decoding it, so that decoding does not count as server time.
final class LSPClient: @unchecked Sendable {
    let executable: String
    let stderrPath: String
    private var process: Subprocess?
    /// When `start()` began spawning the process.
    private(set) var startTime: UInt64 = 0
    private let condition = NSCondition()
    private var inbox: [Received] = []
    private var ended = false
    private var nextID = 0

    init(executable: String, stderrPath: String?) {
        self.executable = executable
        self.stderrPath = stderrPath ?? "/dev/null"
    }

    var pid: Int32 { process?.pid ?? -1 }

    func start() throws {
        startTime = Clock.now()
        let process = try Subprocess.spawn(executable, [], pipeInput: true, pipeOutput: true, stderrPath: stderrPath)
        self.process = process
        let fd = process.output
        let thread = Thread { [self] in readLoop(fd) }
        thread.stackSize = 1 << 20
        thread.start()
    }

    // MARK: Sending

    func send(_ object: [String: Any]) throws -> UInt64 {
        var body = try JSONSerialization.data(withJSONObject: object, options: [.withoutEscapingSlashes])
        body.insert(contentsOf: Data("Content-Length: \(body.count)\r\n\r\n".utf8), at: 0)
        return try writeFramed(body)
    }

    /// Writes framed bytes; returns the time just before the write.
    @discardableResult
    func writeFramed(_ data: Data) throws -> UInt64 {
        guard let fd = process?.input else { throw BenchError.message("the server is not running") }
        let time = Clock.now()
        try data.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let n = write(fd, raw.baseAddress! + offset, raw.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    throw BenchError.message("the server closed its input (errno \(errno))")
                }
                offset += n
            }
        }
        return time
    }

    /// Sends a request; returns its id and the time it was written.
    func request(_ method: String, _ params: [String: Any]) throws -> (id: Int, time: UInt64) {
        nextID += 1
        let time = try send(["jsonrpc": "2.0", "id": nextID, "method": method, "params": params])
        return (nextID, time)
    }

    @discardableResult
    func notify(_ method: String, _ params: [String: Any]) throws -> UInt64 {
        try send(["jsonrpc": "2.0", "method": method, "params": params])
    }

    // MARK: Receiving

    /// The next message, waiting at most `timeout` seconds.
    func next(timeout: Double = 60) throws -> Received {
        let deadline = Date(timeIntervalSinceNow: timeout)
        condition.lock()
        defer { condition.unlock() }
        while inbox.isEmpty {
            if ended { throw BenchError.message("the server closed its output") }
            if !condition.wait(until: deadline) { throw BenchError.message("no answer from the server within \(Int(timeout)) s") }
        }
        return inbox.removeFirst()
    }

    /// Skips messages until one matches.
    func wait(timeout: Double = 60, for matches: (Received) -> Bool) throws -> Received {
        while true {
            let message = try next(timeout: timeout)
            if matches(message) { return message }
        }
    }

    func response(to id: Int, timeout: Double = 60) throws -> Received {
        try wait(timeout: timeout) { $0.id == id && $0.method == nil }
    }

    /// The `publishDiagnostics` for `uri` carrying `version`; earlier ones are skipped.
    func diagnostics(uri: String, version: Int? = nil, timeout: Double = 60) throws -> Received {
        try wait(timeout: timeout) { message in
            guard message.method == "textDocument/publishDiagnostics", let params = message.params,
                  params["uri"] as? String == uri else { return false }
            return version == nil || params["version"] as? Int == version
        }
    }

    /// Stops the server politely (shutdown, exit), or kills it.
    func stop() {
        if let (id, _) = try? request("shutdown", [:]) { _ = try? response(to: id, timeout: 10) }
        _ = try? notify("exit", [:])
        guard let process else { return }
        close(process.input)
        let deadline = Date(timeIntervalSinceNow: 5)
        while process.poll() == nil {
            if Date() > deadline {
                kill(process.pid, SIGKILL)
                _ = process.wait()
                break
            }
            usleep(2_000)
        }
        self.process = nil
    }

    private func readLoop(_ fd: Int32) {
        var buffer: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if n < 0, errno == EINTR { continue }
            if n <= 0 { break }
            let time = Clock.now()
            buffer.append(contentsOf: chunk[0..<n])
            while let (body, consumed) = Self.frame(buffer) {
                buffer.removeFirst(consumed)
                guard let json = (try? JSONSerialization.jsonObject(with: Data(body))) as? [String: Any] else { continue }
                if json["method"] != nil, let id = json["id"] {
                    // A request from the server (configuration, registration…): answer null.
                    _ = try? send(["jsonrpc": "2.0", "id": id, "result": NSNull()])
                    continue
                }
                condition.lock()
                inbox.append(Received(time: time, json: json))
                condition.signal()
                condition.unlock()
            }
        }
        close(fd)
        condition.lock()
        ended = true
        condition.broadcast()
        condition.unlock()
    }

    /// One complete message body at the start of `buffer`, and the bytes it takes with its header.
    private static func frame(_ buffer: [UInt8]) -> ([UInt8], Int)? {
        let separator: [UInt8] = [13, 10, 13, 10]
        guard buffer.count >= 4 else { return nil }
        var end = -1
        for k in 0...(buffer.count - 4) where buffer[k] == 13 && Array(buffer[k..<(k + 4)]) == separator {
            end = k
            break
        }
        guard end >= 0 else { return nil }
        let header = String(decoding: buffer[0..<end], as: UTF8.self)
        var length = 0
        for line in header.split(separator: "\r\n") where line.lowercased().hasPrefix("content-length:") {
            length = Int(line.dropFirst("content-length:".count).trimmingCharacters(in: .whitespaces)) ?? 0
        }
        let bodyStart = end + 4
        guard buffer.count >= bodyStart + length else { return nil }
        return (Array(buffer[bodyStart..<(bodyStart + length)]), bodyStart + length)
    }
}
