import Foundation
import XCTest

/// LSP lifecycle and dispatch conformance of the built `juesuan-ls`, over pipes.
final class LifecycleConformanceTests: XCTestCase {
    let uri = "file:///tmp/report.txt"

    private func openParams(_ uri: String, _ text: String, version: Int = 1) -> [String: Any] {
        ["textDocument": ["uri": uri, "languageId": "plaintext", "version": version, "text": text]]
    }

    private func publish(_ server: ServerProcess, _ uri: String) -> [String: Any]? {
        server.waitFor("publishDiagnostics for \(uri)") {
            ($0["method"] as? String) == "textDocument/publishDiagnostics" && (($0["params"] as? [String: Any])?["uri"] as? String) == uri
        }?["params"] as? [String: Any]
    }

    func testVersionAndHelp() throws {
        for (arguments, expected) in [(["--version"], "juesuan-ls "), (["--help"], "Usage:")] {
            let process = Process()
            process.executableURL = try ServerProcess.executableURL()
            process.arguments = arguments
            let out = Pipe()
            process.standardOutput = out
            try process.run()
            let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            XCTAssertEqual(process.terminationStatus, 0)
            XCTAssertTrue(text.contains(expected), text)
        }
    }

    func testUnknownArgumentFails() throws {
        let process = Process()
        process.executableURL = try ServerProcess.executableURL()
        process.arguments = ["--frobnicate"]
        process.standardError = Pipe()
        try process.run()
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 2)
    }

    func testRequestBeforeInitializeIsRejectedAndNotificationsDropped() throws {
        let server = try ServerProcess()
        XCTAssertEqual(server.errorCode(of: server.request("textDocument/codeAction", [:])), -32002)
        server.notify("textDocument/didOpen", openParams("file:///early.txt", "x"))
        server.initialize()
        server.notify("textDocument/didOpen", openParams(uri, "y"))
        XCTAssertNotNil(publish(server, uri))
        XCTAssertFalse(server.received.contains { (($0["params"] as? [String: Any])?["uri"] as? String) == "file:///early.txt" },
                       "the didOpen sent before initialize was dropped")
        server.request("shutdown")
        server.notify("exit")
        XCTAssertEqual(server.waitForExit(), 0)
    }

    func testInitializeResultAndEveryAdvertisedCapabilityIsHandled() throws {
        let server = try ServerProcess()
        let result = try XCTUnwrap(server.initialize(capabilities: ["textDocument": ["diagnostic": ["dynamicRegistration": false]]]))
        let info = result["serverInfo"] as? [String: Any]
        XCTAssertEqual(info?["name"] as? String, "juesuan-ls")
        XCTAssertNotNil(info?["version"] as? String)
        let capabilities = try XCTUnwrap(result["capabilities"] as? [String: Any])
        XCTAssertEqual(Set(capabilities.keys), ["positionEncoding", "textDocumentSync", "codeActionProvider", "diagnosticProvider",
                                                "hoverProvider", "completionProvider", "documentSymbolProvider",
                                                "foldingRangeProvider", "definitionProvider"])
        XCTAssertEqual(capabilities["positionEncoding"] as? String, "utf-16")
        let sync = capabilities["textDocumentSync"] as? [String: Any]
        XCTAssertEqual(sync?["change"] as? Int, 2)
        XCTAssertEqual(sync?["openClose"] as? Bool, true)
        // Every advertised request answers (not -32601).
        server.notify("textDocument/didOpen", openParams(uri, "合计"))
        let requests: [(String, [String: Any])] = [
            ("textDocument/codeAction", ["textDocument": ["uri": uri], "range": ["start": ["line": 0, "character": 0], "end": ["line": 0, "character": 1]], "context": ["diagnostics": []]]),
            ("textDocument/diagnostic", ["textDocument": ["uri": uri]]),
            ("textDocument/hover", ["textDocument": ["uri": uri], "position": ["line": 0, "character": 0]]),
            ("textDocument/completion", ["textDocument": ["uri": uri], "position": ["line": 0, "character": 1]]),
            ("textDocument/documentSymbol", ["textDocument": ["uri": uri]]),
            ("textDocument/foldingRange", ["textDocument": ["uri": uri]]),
            ("textDocument/definition", ["textDocument": ["uri": uri], "position": ["line": 0, "character": 0]]),
        ]
        for (method, params) in requests {
            let response = server.response(to: server.request(method, params))
            XCTAssertNotNil(response?["result"], "\(method): \(String(describing: response))")
        }
    }

    func testPositionEncodingNegotiation() throws {
        let server = try ServerProcess()
        let result = server.initialize(capabilities: ["general": ["positionEncodings": ["utf-32", "utf-16"]]])
        XCTAssertEqual((result?["capabilities"] as? [String: Any])?["positionEncoding"] as? String, "utf-32")
    }

    func testUnknownRequestAndIgnoredNotifications() throws {
        let server = try ServerProcess()
        server.initialize()
        XCTAssertEqual(server.errorCode(of: server.request("no/such/method", [:])), -32601)
        server.notify("no/such/notification")
        server.notify("$/setTrace", ["value": "verbose"])
        server.notify("$/progress", ["token": "t", "value": ["kind": "end"]])
        let countBefore = server.received.count
        let id = server.request("textDocument/codeAction", ["textDocument": ["uri": uri], "range": ["start": ["line": 0, "character": 0], "end": ["line": 0, "character": 0]], "context": ["diagnostics": []]])
        XCTAssertNotNil(server.response(to: id)?["result"])
        XCTAssertEqual(server.received.count, countBefore + 1, "the ignored notifications produced no output")
    }

    func testInvalidParamsNameTheField() throws {
        let server = try ServerProcess()
        server.initialize()
        let id = server.request("textDocument/codeAction", ["textDocument": ["uri": 42], "range": [:], "context": [:]])
        let error = server.response(to: id)?["error"] as? [String: Any]
        XCTAssertEqual(error?["code"] as? Int, -32602)
        XCTAssertTrue((error?["message"] as? String)?.contains("textDocument.uri") == true, "\(String(describing: error))")
    }

    func testCancelRequestAnswersAPendingRequestOnce() throws {
        let server = try ServerProcess()
        server.initialize()
        // Request and cancel in one write: the request is still pending when the cancel arrives.
        let codeAction: [String: Any] = ["jsonrpc": "2.0", "id": 77, "method": "textDocument/codeAction", "params": [
            "textDocument": ["uri": uri], "range": ["start": ["line": 0, "character": 0], "end": ["line": 0, "character": 0]],
            "context": ["diagnostics": []],
        ]]
        server.send(codeAction, ["jsonrpc": "2.0", "method": "$/cancelRequest", "params": ["id": 77]])
        XCTAssertEqual(server.errorCode(of: 77), -32800)
        let sync = server.request("shutdown")
        XCTAssertNotNil(server.response(to: sync))
        XCTAssertEqual(server.received.filter { ($0["id"] as? Int) == 77 }.count, 1, "answered exactly once")
    }

    func testShutdownThenRequestsAreInvalidThenExitCode0() throws {
        let server = try ServerProcess()
        server.initialize()
        let shutdown = server.request("shutdown")
        let response = try XCTUnwrap(server.response(to: shutdown))
        XCTAssertTrue(response["result"] is NSNull, "shutdown answers null")
        XCTAssertEqual(server.errorCode(of: server.request("textDocument/codeAction", [:])), -32600)
        XCTAssertEqual(server.errorCode(of: server.request("shutdown")), -32600)
        server.notify("exit")
        XCTAssertEqual(server.waitForExit(), 0)
    }

    func testExitWithoutShutdownIsCode1() throws {
        let server = try ServerProcess()
        server.initialize()
        server.notify("exit")
        XCTAssertEqual(server.waitForExit(), 1)
    }

    func testExitBeforeInitializeIsCode1() throws {
        let server = try ServerProcess()
        server.notify("exit")
        XCTAssertEqual(server.waitForExit(), 1)
    }

    func testEndOfInputEndsCleanly() throws {
        let server = try ServerProcess()
        server.initialize()
        server.notify("textDocument/didOpen", openParams(uri, "x"))
        server.closeInput()
        XCTAssertEqual(server.waitForExit(), 0)
        XCTAssertFalse(server.standardError.contains("Fatal"), server.standardError)
    }

    func testMalformedInputIsAnsweredAndTheServerCarriesOn() throws {
        let server = try ServerProcess()
        server.write(Data("Content-Length: 5\r\n\r\nhello".utf8))
        server.write(Data("garbage\r\n\r\n".utf8))
        server.write(Data("Content-Length: 2\r\n\r\n[]".utf8))
        server.write(Data("Content-Length: 999999999999\r\n\r\n".utf8))
        let deep = Data((String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)).utf8)
        server.write(Data("Content-Length: \(deep.count)\r\n\r\n".utf8) + deep)
        let badUTF8 = Data(#"{"jsonrpc":"2.0","method":"x","params":{"t":""#.utf8) + Data([0xFF, 0xFE]) + Data(#""}}"#.utf8)
        server.write(Data("Content-Length: \(badUTF8.count)\r\n\r\n".utf8) + badUTF8)
        let parseErrors = { server.received.filter { (($0["error"] as? [String: Any])?["code"] as? Int) == -32700 } }
        let result = server.initialize()
        XCTAssertNotNil(result?["capabilities"])
        XCTAssertEqual(parseErrors().count, 5)
        XCTAssertTrue(parseErrors().allSatisfy { $0["id"] is NSNull }, "parse errors carry a null id")
        XCTAssertEqual(server.received.filter { (($0["error"] as? [String: Any])?["code"] as? Int) == -32600 }.count, 1)
    }

    func testPublishDiagnosticsCarriesTheVersion() throws {
        let server = try ServerProcess()
        server.initialize()
        server.notify("textDocument/didOpen", openParams(uri, "中文😀\r\n第二行", version: 5))
        XCTAssertEqual(publish(server, uri)?["version"] as? Int, 5)
        server.notify("textDocument/didClose", ["textDocument": ["uri": uri]])
        let closed = server.waitFor("empty publish after close") {
            guard let params = $0["params"] as? [String: Any], params["uri"] as? String == uri else { return false }
            return params["version"] == nil && (params["diagnostics"] as? [Any])?.isEmpty == true
        }
        XCTAssertNotNil(closed)
    }

    func testLogFileReceivesTheLogAndStdoutOnlyMessages() throws {
        let log = FileManager.default.temporaryDirectory.appendingPathComponent("juesuan-ls-test-\(UUID().uuidString).log")
        defer { try? FileManager.default.removeItem(at: log) }
        let server = try ServerProcess(arguments: ["--stdio", "--clientProcessId=\(ProcessInfo.processInfo.processIdentifier)", "--log-file", log.path])
        server.initialize()
        server.request("shutdown")
        server.notify("exit")
        XCTAssertEqual(server.waitForExit(), 0)
        let text = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
        XCTAssertTrue(text.contains("juesuan-ls"), text)
        XCTAssertEqual(server.standardError, "")
    }
}
