import Foundation
import XCTest

/// Hostile input sent to the built `juesuan-ls` over pipes: each is answered
/// clearly (an error naming the problem, or a log line for a notification, which
/// cannot be answered), memory stays bounded, and the next valid request is
/// answered. Cases already covered by `LifecycleConformanceTests.testMalformedInput…`
/// (a body that is not JSON, `[]`, a 12-digit length, 100,000 nested arrays,
/// invalid UTF-8 in a string) are not repeated here.
final class HostileInputTests: XCTestCase {
    let uri = "file:///tmp/hostile.txt"

    // MARK: Helpers

    private func started(_ file: StaticString = #filePath, _ line: UInt = #line) throws -> ServerProcess {
        let server = try ServerProcess()
        XCTAssertNotNil(server.initialize()?["capabilities"], file: file, line: line)
        return server
    }

    private func rawFrame(_ body: Data, headers: String? = nil) -> Data {
        Data((headers ?? "Content-Length: \(body.count)\r\n\r\n").utf8) + body
    }

    private func rawFrame(_ body: String, headers: String? = nil) -> Data {
        rawFrame(Data(body.utf8), headers: headers)
    }

    /// The first error response (from index `after` on) with a null id.
    private func nullIDError(_ server: ServerProcess, after: Int, file: StaticString = #filePath, line: UInt = #line) -> [String: Any]? {
        var seen = 0
        return server.waitFor(file: file, line: line, "an error with a null id") {
            seen += 1
            return seen > after && $0["id"] is NSNull && $0["error"] != nil
        }?["error"] as? [String: Any]
    }

    /// Sends the bytes, expects one error with a null id, `code` and a message
    /// containing `words`, then checks that the next valid request is answered.
    private func assertRejected(_ bytes: Data, code: Int, _ words: String,
                                file: StaticString = #filePath, line: UInt = #line) throws {
        let server = try started(file, line)
        let before = server.received.count
        server.write(bytes)
        let error = nullIDError(server, after: before, file: file, line: line)
        XCTAssertEqual(error?["code"] as? Int, code, "\(String(describing: error))", file: file, line: line)
        let message = error?["message"] as? String ?? ""
        XCTAssertTrue(message.contains(words), "\(message.debugDescription) should say \(words.debugDescription)", file: file, line: line)
        assertServiceContinues(server, file: file, line: line)
    }

    /// A valid request after the hostile input gets its normal answer.
    private func assertServiceContinues(_ server: ServerProcess, file: StaticString = #filePath, line: UInt = #line) {
        let id = server.request("textDocument/codeAction", [
            "textDocument": ["uri": uri], "range": ["start": ["line": 0, "character": 0], "end": ["line": 0, "character": 0]],
            "context": ["diagnostics": []],
        ])
        let response = server.response(to: id, file: file, line: line)
        XCTAssertNotNil(response?["result"], "the next request is answered normally: \(String(describing: response))", file: file, line: line)
    }

    private func open(_ server: ServerProcess, _ text: String, version: Int = 1) {
        server.notify("textDocument/didOpen", ["textDocument": ["uri": uri, "languageId": "plaintext", "version": version, "text": text]])
    }

    private func published(_ server: ServerProcess, version: Int, file: StaticString = #filePath, line: UInt = #line) -> [String: Any]? {
        server.waitFor(file: file, line: line, "publishDiagnostics for version \(version)") {
            guard ($0["method"] as? String) == "textDocument/publishDiagnostics", let params = $0["params"] as? [String: Any] else { return false }
            return params["uri"] as? String == uri && params["version"] as? Int == version
        }?["params"] as? [String: Any]
    }

    /// Waits until the server's stderr contains `text` (stderr is read on its own thread, so it can lag behind stdout).
    private func assertLogs(_ server: ServerProcess, _ text: String, file: StaticString = #filePath, line: UInt = #line) {
        let deadline = Date().addingTimeInterval(ServerProcess.timeout)
        while !server.standardError.contains(text), Date() < deadline { Thread.sleep(forTimeInterval: 0.01) }
        XCTAssertTrue(server.standardError.contains(text), "stderr should contain \(text.debugDescription): \(server.standardError)", file: file, line: line)
    }

    /// Opens `text` (version 1), applies `changes` (version 2), waits for both analyses
    /// to be published, then checks that the next request is answered.
    private func openAndEdit(_ server: ServerProcess, _ text: String, _ changes: [[String: Any]],
                             file: StaticString = #filePath, line: UInt = #line) {
        open(server, text, version: 1)
        XCTAssertNotNil(published(server, version: 1, file: file, line: line), file: file, line: line)
        server.notify("textDocument/didChange", ["textDocument": ["uri": uri, "version": 2], "contentChanges": changes])
        XCTAssertNotNil(published(server, version: 2, file: file, line: line), file: file, line: line)
        assertServiceContinues(server, file: file, line: line)
    }

    private func change(_ startLine: Int, _ startCharacter: Int, _ endLine: Int, _ endCharacter: Int, _ text: String) -> [String: Any] {
        ["range": ["start": ["line": startLine, "character": startCharacter], "end": ["line": endLine, "character": endCharacter]], "text": text]
    }

    /// Asserts `bytes < bound`, unless built with a sanitizer: its shadow memory and
    /// quarantine make resident-memory bounds meaningless.
    private func assertMemory(_ bytes: Int, below bound: Int, _ message: String, file: StaticString = #filePath, line: UInt = #line) {
        guard !ServerProcess.builtWithSanitizer else { return }
        XCTAssertLessThan(bytes, bound, message, file: file, line: line)
    }

    /// Peak resident memory of the child (`VmHWM`), in bytes.
    private func peakMemory(_ server: ServerProcess) throws -> Int {
        let status = try String(contentsOfFile: "/proc/\(server.process.processIdentifier)/status", encoding: .utf8)
        guard let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
              let kB = Int(line.split(separator: " ", omittingEmptySubsequences: true).dropFirst().first ?? "") else {
            throw XCTSkip("no VmHWM in /proc/<pid>/status")
        }
        return kB * 1024
    }

    // MARK: Framing

    func testContentLengthMissing() throws {
        try assertRejected(rawFrame("{}", headers: "Content-Type: application/vscode-jsonrpc\r\n\r\n"), code: -32700, "missing Content-Length")
    }

    func testContentLengthNegative() throws {
        try assertRejected(rawFrame("{}", headers: "Content-Length: -2\r\n\r\n"), code: -32700, "Content-Length is not a non-negative integer: -2")
    }

    func testContentLengthNotANumber() throws {
        try assertRejected(rawFrame("{}", headers: "Content-Length: two\r\n\r\n"), code: -32700, "Content-Length is not a non-negative integer: two")
    }

    func testContentLengthHugeIsRefusedWithoutAllocating() throws {
        // Larger than any Int: certainly over the cap; nothing is allocated for it.
        let server = try started()
        let before = server.received.count
        server.write(rawFrame("", headers: "Content-Length: 184467440737095516160\r\n\r\n"))
        let error = nullIDError(server, after: before)
        XCTAssertEqual(error?["code"] as? Int, -32700)
        XCTAssertTrue((error?["message"] as? String)?.contains("exceeds the limit") == true, "\(String(describing: error))")
        assertServiceContinues(server)
        let peak = try peakMemory(server)
        assertMemory(peak, below: 64 << 20, "peak memory \(peak >> 20) MiB")
    }

    func testHeaderLineWithoutAColon() throws {
        try assertRejected(rawFrame("{}", headers: "Content-Length: 2\r\nX-Broken header\r\n\r\n"), code: -32700, "header line without a colon")
    }

    // MARK: JSON-RPC shape

    func testJSONThatIsNotAnObject() throws {
        for body in ["42", "\"text\"", "null", "true"] {
            try assertRejected(rawFrame(body), code: -32600, "a message must be a JSON object")
        }
    }

    func testIDOfTheWrongType() throws {
        for id in ["{\"n\":1}", "[1]", "true", "1.5"] {
            let body = #"{"jsonrpc":"2.0","id":\#(id),"method":"shutdown"}"#
            try assertRejected(rawFrame(body), code: -32600, "\"id\" must be an integer or a string")
        }
    }

    func testParamsOfTheWrongShapeNameTheField() throws {
        let server = try started()
        let cases: [(String, Any, String)] = [
            ("textDocument/diagnostic", ["textDocument": ["uri": ["not", "a", "string"]]], "textDocument.uri"),
            ("textDocument/diagnostic", [1, 2, 3], "params"),
            ("textDocument/codeAction", ["textDocument": ["uri": uri], "range": ["start": ["line": 0, "character": "x"], "end": ["line": 0, "character": 0]], "context": [:]], "range.start.character"),
            ("textDocument/codeAction", ["textDocument": ["uri": uri], "range": ["start": ["line": 0, "character": 0], "end": ["line": 0.5, "character": 0]], "context": [:]], "range.end.line"),
        ]
        for (method, params, field) in cases {
            let error = server.response(to: server.request(method, params))?["error"] as? [String: Any]
            XCTAssertEqual(error?["code"] as? Int, -32602, "\(method) \(field)")
            XCTAssertTrue((error?["message"] as? String)?.hasPrefix(field) == true, "\(String(describing: error)) should name \(field)")
        }
        assertServiceContinues(server)
    }

    func testParamsThatAreNeitherObjectNorArray() throws {
        // The id is readable, so the error carries it.
        let server = try started()
        server.write(rawFrame(#"{"jsonrpc":"2.0","id":"p","method":"shutdown","params":7}"#))
        let error = server.waitFor("the answer to \"p\"") { ($0["id"] as? String) == "p" }?["error"] as? [String: Any]
        XCTAssertEqual(error?["code"] as? Int, -32600)
        XCTAssertEqual(error?["message"] as? String, "\"params\" must be an object or an array")
        assertServiceContinues(server)
    }

    func testObjectsNested100000Deep() throws {
        let deep = String(repeating: #"{"a":"#, count: 100_000) + "1" + String(repeating: "}", count: 100_000)
        let body = #"{"jsonrpc":"2.0","id":1,"method":"workspace/didChangeConfiguration","params":"# + deep + "}"
        try assertRejected(rawFrame(body), code: -32700, "JSON nested deeper than 512 levels")
    }

    // MARK: Documents

    func testDidChangeForADocumentNeverOpened() throws {
        let server = try started()
        server.notify("textDocument/didChange", ["textDocument": ["uri": "file:///never-opened.txt", "version": 2],
                                                  "contentChanges": [["text": "x"]]])
        assertServiceContinues(server)
        assertLogs(server, "textDocument/didChange: textDocument.uri: document is not open: file:///never-opened.txt")
        XCTAssertFalse(server.received.contains { (($0["params"] as? [String: Any])?["uri"] as? String) == "file:///never-opened.txt" },
                       "nothing is published for a document that is not open")
    }

    func testDidChangeWithAnOlderVersionIsAppliedAndLogged() throws {
        let server = try started()
        open(server, "abc", version: 5)
        XCTAssertNotNil(published(server, version: 5))
        server.notify("textDocument/didChange", ["textDocument": ["uri": uri, "version": 3],
                                                  "contentChanges": [["text": "older"]]])
        // The client's text is what the client says it is: applied, and published with the client's version.
        XCTAssertNotNil(published(server, version: 3))
        assertServiceContinues(server)
        assertLogs(server, "textDocument/didChange: version 3 is not newer than 5")
    }

    func testACatalogFileThatIsADeviceIsAProblemNotAHang() throws {
        let server = try ServerProcess()
        XCTAssertNotNil(server.initialize(options: ["catalogFiles": ["/dev/zero"]])?["capabilities"])
        open(server, "表1\n收入支出决算总表\n", version: 1)
        let diagnostics = published(server, version: 1)?["diagnostics"] as? [[String: Any]] ?? []
        XCTAssertTrue(diagnostics.contains { ($0["message"] as? String)?.contains("/dev/zero") == true }, "\(diagnostics)")
        assertServiceContinues(server)
    }

    func testRangesReversedAndPastTheEnd() throws {
        let server = try started()
        open(server, "中文😀\r\n第二行", version: 1)
        let huge = Int(Int32.max) * 4
        let ranges: [[Int]] = [[1, 3, 0, 1], [0, 99, 0, 1_000], [7, 0, 9, 9], [huge, huge, 0, 3], [0, 3, 0, 2]]
        for (k, r) in ranges.enumerated() {
            server.notify("textDocument/didChange", ["textDocument": ["uri": uri, "version": 2 + k],
                                                      "contentChanges": [change(r[0], r[1], r[2], r[3], "é")]])
        }
        XCTAssertNotNil(published(server, version: 1 + ranges.count))
        assertServiceContinues(server)
        XCTAssertFalse(server.standardError.contains("didChange"), "clamped ranges are not errors: \(server.standardError)")
    }

    func testInvalidUTF8InADocument() throws {
        // A document whose text is not UTF-8 cannot arrive as JSON: the frame is refused and nothing is opened.
        let head = Data(#"{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"\#(uri)","languageId":"plaintext","version":1,"text":"表"#.utf8)
        let body = head + Data([0xE8, 0xA1, 0xC0, 0x80, 0xED, 0xA0, 0x80]) + Data(#""}}}"#.utf8)
        try assertRejected(rawFrame(body), code: -32700, "not valid JSON")
    }

    func testHundredMegabyteDocumentIsRefusedWithBoundedMemory() throws {
        let server = try started()
        let before = server.received.count
        let size = 100 << 20
        let head = Data(#"{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"\#(uri)","languageId":"plaintext","version":1,"text":""#.utf8)
        let tail = Data(#""}}}"#.utf8)
        server.write(Data("Content-Length: \(head.count + size + tail.count)\r\n\r\n".utf8) + head)
        let line = Data(String(repeating: "一般公共预算财政拨款收入\\t1,234.56\\n", count: 1 << 10).utf8)
        var written = 0
        while written + line.count <= size { server.write(line); written += line.count }
        server.write(Data(repeating: UInt8(ascii: "x"), count: size - written) + tail)
        let error = nullIDError(server, after: before)
        XCTAssertEqual(error?["code"] as? Int, -32700)
        XCTAssertTrue((error?["message"] as? String)?.contains("exceeds the limit") == true, "\(String(describing: error))")
        assertServiceContinues(server)
        let peak = try peakMemory(server)
        assertMemory(peak, below: size / 2, "peak memory \(peak >> 20) MiB while a 100 MiB message streamed past")
    }

    /// A large document (1 MB of table rows, 15,000 lines; the debug build's analysis of the 3 MB
    /// maximum takes too long for the suite) is analysed, with memory growing in proportion to it.
    func testOneMegabyteDocumentIsAcceptedWithMemoryInProportion() throws {
        let server = try started()
        let baseline = try peakMemory(server)
        let row = "一般公共预算财政拨款收入\t2010101\t1,234.56\t7.00\r\n"
        let text = String(repeating: row, count: 1_000_000 / row.utf8.count)
        openAndEdit(server, text, [change(10_000, 3, 10_000, 5, "合计")])
        let growth = try peakMemory(server) - baseline
        assertMemory(growth, below: (32 << 20) + 64 * text.utf8.count, "grew \(growth >> 20) MiB for a 1 MB document")
    }

    func testASingleOneMegabyteLine() throws {
        let server = try started()
        let text = String(repeating: "中文😀1,234.56\t", count: (1 << 20) / 21)
        // Edits at the far end and in the middle of the line, counted in UTF-16 (the default encoding).
        let end = text.utf16.count
        openAndEdit(server, text, [change(0, end - 3, 0, end - 1, "合计"), change(0, end / 2 + 1, 0, end / 2 + 1, "\n")])
    }

    func testTenThousandTables() throws {
        let server = try started()
        var text = "某部门2024年度部门决算\n"
        for k in 1...10_000 {
            text += "表\(k % 10 + 1) 收入支出决算表\n项目\t金额\n其他收入\t\(k).00\n合计\t\(k).00\n\n"
        }
        openAndEdit(server, text, [change(25_000, 0, 25_000, 0, "表1\n")])
    }
}
