import Foundation
import XCTest

/// The files of `protocol/` against the built `juesuan-ls`: `capabilities.json` must be
/// the real initialize result, and every recorded session in `protocol/sessions/` must
/// replay (format: protocol/README.md; the same replay, in Python, runs in
/// Tests/clients/run.sh). Messages are parsed with Foundation, independently of the
/// server's JSON-RPC code.
final class ProtocolFilesTests: XCTestCase {
    static let protocolFolder = URL(fileURLWithPath: "\(#filePath)")
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("protocol")

    private func json(_ data: Data, _ what: String) throws -> Any {
        do {
            return try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
        } catch {
            throw NSError(domain: "ProtocolFilesTests", code: 1, userInfo: [NSLocalizedDescriptionKey: "\(what): \(error)"])
        }
    }

    func testCapabilitiesJSONIsTheRealInitializeResult() throws {
        let url = Self.protocolFolder.appendingPathComponent("capabilities.json")
        let recorded = try XCTUnwrap(try json(Data(contentsOf: url), url.lastPathComponent) as? [String: Any])
        let client = try XCTUnwrap(recorded["clientCapabilities"] as? [String: Any])
        let server = try ServerProcess()
        let result = try XCTUnwrap(server.initialize(capabilities: client))
        XCTAssertNil(Self.difference(recorded["capabilities"] as Any, result["capabilities"] as Any, "capabilities"),
                     "protocol/capabilities.json differs from the server: regenerate it with python3 Tests/clients/protocol_tool.py capabilities")
        XCTAssertEqual((result["serverInfo"] as? [String: Any])?["name"] as? String, "juesuan-ls")
    }

    func testRecordedSessionsReplay() throws {
        let folder = Self.protocolFolder.appendingPathComponent("sessions")
        let files = try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "jsonl" }.sorted { $0.path < $1.path }
        XCTAssertFalse(files.isEmpty, "no recorded sessions in \(folder.path)")
        for file in files {
            let failures = testRun?.failureCount ?? 0
            try replay(file)
            if (testRun?.failureCount ?? 0) > failures {
                XCTFail("\(file.lastPathComponent): if the change is intended, re-record it: "
                    + "python3 Tests/clients/protocol_tool.py record \(file.deletingPathExtension().lastPathComponent)")
            }
        }
    }

    func testMatcherTellsMessagesApart() {
        XCTAssertNil(Self.difference(["id": 1, "result": NSNull()], ["id": 1, "result": NSNull()], "$"))
        XCTAssertNil(Self.difference(["result": "<any>"], ["result": ["x": 1]], "$"))
        XCTAssertNotNil(Self.difference(["id": 1], ["id": 1, "extra": 2], "$"))
        XCTAssertNotNil(Self.difference(["error": ["code": -32800]], ["error": ["code": -32600]], "$"))
        XCTAssertNotNil(Self.difference([1, 2], [1, 2, 3], "$"))
        XCTAssertNotNil(Self.difference(["a": NSNull()], ["a": 0], "$"))
    }

    // MARK: Replay

    private func replay(_ file: URL) throws {
        let name = file.lastPathComponent
        let text = try String(contentsOf: file, encoding: .utf8)
        var steps: [[String: Any]] = []
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: true).enumerated() {
            let step = try json(Data(line.utf8), "\(name):\(number + 1)")
            guard let object = step as? [String: Any] else { return XCTFail("\(name):\(number + 1): not an object") }
            steps.append(object)
        }
        let server = try ServerProcess()
        var consumed = 0
        var index = 0
        while index < steps.count {
            let step = steps[index]
            if let message = step["send"] as? [String: Any] {
                server.write(ServerProcess.frame(message))
            } else if let batch = step["batch"] as? [[String: Any]] {
                server.write(batch.map(ServerProcess.frame).reduce(Data(), +))  // one write: one read
            } else if step["expect"] != nil {
                // consecutive expect lines: a group that may arrive in any order
                var waiting: [Any] = []
                while index < steps.count, let expected = steps[index]["expect"] {
                    waiting.append(expected)
                    index += 1
                }
                while !waiting.isEmpty {
                    guard let message = nextMessage(server, after: consumed) else {
                        return XCTFail("\(name): no message from the server; still expected \(waiting)")
                    }
                    consumed += 1
                    let reasons = waiting.map { Self.difference($0, message, "$") }
                    guard let match = reasons.firstIndex(where: { $0 == nil }) else {
                        return XCTFail("\(name): unexpected message \(message): \(reasons.compactMap { $0 })")
                    }
                    waiting.remove(at: match)
                }
                continue
            } else if let code = step["exit"] as? Int {
                XCTAssertEqual(server.waitForExit().map(Int.init), code, "\(name): exit code")
            }
            index += 1
        }
    }

    /// The message after the first `count` received ones (nil on timeout).
    private func nextMessage(_ server: ServerProcess, after count: Int) -> [String: Any]? {
        let deadline = Date().addingTimeInterval(ServerProcess.timeout)
        while Date() < deadline {
            let received = server.received
            if received.count > count { return received[count] }
            Thread.sleep(forTimeInterval: 0.005)
        }
        return nil
    }

    /// nil when `actual` matches `expected` (same keys, equal values; "<any>" matches anything).
    static func difference(_ expected: Any, _ actual: Any, _ path: String) -> String? {
        if let wildcard = expected as? String, wildcard == "<any>" { return nil }
        if let expected = expected as? [String: Any] {
            guard let actual = actual as? [String: Any] else { return "\(path): expected an object, got \(actual)" }
            guard Set(expected.keys) == Set(actual.keys) else {
                return "\(path): keys \(actual.keys.sorted()), expected \(expected.keys.sorted())"
            }
            for (key, value) in expected {
                if let why = difference(value, actual[key] ?? NSNull(), "\(path).\(key)") { return why }
            }
            return nil
        }
        if let expected = expected as? [Any] {
            guard let actual = actual as? [Any], actual.count == expected.count else {
                return "\(path): expected \(expected), got \(actual)"
            }
            for (offset, pair) in zip(expected, actual).enumerated() {
                if let why = difference(pair.0, pair.1, "\(path)[\(offset)]") { return why }
            }
            return nil
        }
        if expected is NSNull || actual is NSNull {
            return expected is NSNull && actual is NSNull ? nil : "\(path): expected \(expected), got \(actual)"
        }
        guard let left = expected as? NSObject, let right = actual as? NSObject, left.isEqual(right) else {
            return "\(path): expected \(expected), got \(actual)"
        }
        return nil
    }
}
