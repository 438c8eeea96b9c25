import Foundation
import XCTest

/// The built `juesuan-ls`, run as a child process over pipes. Messages are
/// framed and parsed here with Foundation's JSONSerialization, independently of
/// the server's own JSON-RPC code.
///
/// `@unchecked Sendable`: `buffer`, `messages` and `closed` are only touched under `lock`
/// (the pipe's readability handler runs on another thread).
final class ServerProcess: @unchecked Sendable {
    let process = Process()
    private let stdinPipe = Pipe()
    private let stdoutPipe = Pipe()
    private let stderrPipe = Pipe()
    private let lock = NSCondition()
    private var buffer = Data()
    private var messages: [[String: Any]] = []
    private var stderrData = Data()
    private var closed = false
    private var nextID = 0
    static let timeout: TimeInterval = 20

    /// The tests (and so the server next to them) were built with AddressSanitizer or
    /// ThreadSanitizer (`swift test --sanitize=…`).
    static let builtWithSanitizer: Bool = {
        let program = dlopen(nil, RTLD_NOW)
        return dlsym(program, "__asan_init") != nil || dlsym(program, "__tsan_init") != nil
    }()

    /// Where `swift build` put the executable: next to the test bundle.
    static func executableURL(file: StaticString = #filePath) throws -> URL {
        var candidates: [URL] = []
        if let override = ProcessInfo.processInfo.environment["JUESUAN_LS_BINARY"] { candidates.append(URL(fileURLWithPath: override)) }
        candidates.append(Bundle(for: ServerProcess.self).bundleURL.deletingLastPathComponent().appendingPathComponent("juesuan-ls"))
        candidates.append(Bundle.main.bundleURL.appendingPathComponent("juesuan-ls"))
        if let executable = Bundle.main.executableURL {
            candidates.append(executable.deletingLastPathComponent().appendingPathComponent("juesuan-ls"))
        }
        let root = URL(fileURLWithPath: "\(file)").deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        candidates.append(root.appendingPathComponent(".build/debug/juesuan-ls"))
        for candidate in candidates where FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        throw NSError(domain: "EndToEndTests", code: 1, userInfo: [NSLocalizedDescriptionKey:
            "juesuan-ls executable not found (run `swift build` first); looked at: \(candidates.map(\.path).joined(separator: ", "))"])
    }

    /// `launcher`: a program (absolute path) and its arguments that run the server, e.g. under `strace`.
    init(arguments: [String] = [], launcher: [String] = []) throws {
        let server = try Self.executableURL()
        if let program = launcher.first {
            process.executableURL = URL(fileURLWithPath: program)
            process.arguments = launcher.dropFirst() + [server.path] + arguments
        } else {
            process.executableURL = server
            process.arguments = arguments
        }
        process.standardInput = stdinPipe
        process.standardOutput = stdoutPipe
        process.standardError = stderrPipe
        stdoutPipe.fileHandleForReading.readabilityHandler = { [weak self] handle in
            let data = handle.availableData
            self?.received(data)
        }
        stderrPipe.fileHandleForReading.readabilityHandler = { [weak self] handle in
            let data = handle.availableData
            guard let self else { return }
            lock.lock()
            stderrData.append(data)
            lock.unlock()
        }
        try process.run()
    }

    deinit {
        stdoutPipe.fileHandleForReading.readabilityHandler = nil
        stderrPipe.fileHandleForReading.readabilityHandler = nil
        if process.isRunning { process.terminate() }
    }

    private func received(_ data: Data) {
        lock.lock()
        defer { lock.broadcast(); lock.unlock() }
        if data.isEmpty {
            closed = true
            stdoutPipe.fileHandleForReading.readabilityHandler = nil
            return
        }
        buffer.append(data)
        while let message = Self.takeFrame(&buffer) { messages.append(message) }
    }

    /// One framed message off the front of `buffer`; records garbage as a failure.
    private static func takeFrame(_ buffer: inout Data) -> [String: Any]? {
        guard let headerEnd = buffer.range(of: Data("\r\n\r\n".utf8)) else { return nil }
        let header = String(decoding: buffer[buffer.startIndex..<headerEnd.lowerBound], as: UTF8.self)
        guard header.hasPrefix("Content-Length: "), let length = Int(header.dropFirst("Content-Length: ".count)) else {
            XCTFail("stdout carries something that is not a message header: \(header.debugDescription)")
            buffer.removeAll()
            return nil
        }
        guard buffer.count - (headerEnd.upperBound - buffer.startIndex) >= length else { return nil }
        let body = buffer[headerEnd.upperBound..<(headerEnd.upperBound + length)]
        buffer = Data(buffer[(headerEnd.upperBound + length)...])
        guard let object = (try? JSONSerialization.jsonObject(with: body)) as? [String: Any] else {
            XCTFail("stdout carries a body that is not a JSON object")
            return nil
        }
        return object
    }

    // MARK: Sending

    func write(_ bytes: Data) {
        stdinPipe.fileHandleForWriting.write(bytes)
    }

    static func frame(_ object: [String: Any]) -> Data {
        let body = try! JSONSerialization.data(withJSONObject: object)
        return Data("Content-Length: \(body.count)\r\n\r\n".utf8) + body
    }

    func send(_ objects: [String: Any]...) {
        write(objects.map(Self.frame).reduce(Data(), +))
    }

    func notify(_ method: String, _ params: [String: Any] = [:]) {
        send(["jsonrpc": "2.0", "method": method, "params": params])
    }

    /// Sends a request and returns its id.
    @discardableResult
    func request(_ method: String, _ params: Any? = nil) -> Int {
        nextID += 1
        var message: [String: Any] = ["jsonrpc": "2.0", "id": nextID, "method": method]
        if let params { message["params"] = params }
        send(message)
        return nextID
    }

    func closeInput() {
        try? stdinPipe.fileHandleForWriting.close()
    }

    // MARK: Receiving

    /// Waits for the first message (from `index` on) matching `predicate`; fails the test on timeout.
    func waitFor(file: StaticString = #filePath, line: UInt = #line, _ description: String,
                 _ predicate: ([String: Any]) -> Bool) -> [String: Any]? {
        let deadline = Date().addingTimeInterval(Self.timeout)
        lock.lock()
        defer { lock.unlock() }
        while true {
            if let found = messages.first(where: predicate) { return found }
            if closed || !lock.wait(until: deadline) {
                if !closed, Date() < deadline { continue }
                XCTFail("no \(description) (output closed: \(closed))", file: file, line: line)
                return nil
            }
        }
    }

    func response(to id: Int, file: StaticString = #filePath, line: UInt = #line) -> [String: Any]? {
        waitFor(file: file, line: line, "response to \(id)") { ($0["id"] as? Int) == id && $0["method"] == nil }
    }

    func errorCode(of id: Int, file: StaticString = #filePath, line: UInt = #line) -> Int? {
        (response(to: id, file: file, line: line)?["error"] as? [String: Any])?["code"] as? Int
    }

    var received: [[String: Any]] {
        lock.lock()
        defer { lock.unlock() }
        return messages
    }

    var standardError: String {
        lock.lock()
        defer { lock.unlock() }
        return String(decoding: stderrData, as: UTF8.self)
    }

    /// Waits for the process to end and returns its exit code (nil on timeout).
    func waitForExit(file: StaticString = #filePath, line: UInt = #line) -> Int32? {
        let deadline = Date().addingTimeInterval(Self.timeout)
        while process.isRunning, Date() < deadline { Thread.sleep(forTimeInterval: 0.01) }
        guard !process.isRunning else {
            XCTFail("juesuan-ls did not exit", file: file, line: line)
            process.terminate()
            return nil
        }
        return process.terminationStatus
    }

    /// initialize + initialized; returns the initialize result.
    @discardableResult
    func initialize(capabilities: [String: Any] = [:], options: [String: Any]? = nil) -> [String: Any]? {
        var params: [String: Any] = ["processId": NSNull(), "rootUri": NSNull(), "capabilities": capabilities]
        if let options { params["initializationOptions"] = options }
        let id = request("initialize", params)
        let result = response(to: id)?["result"] as? [String: Any]
        notify("initialized")
        return result
    }
}
