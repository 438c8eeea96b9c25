import JSONRPC
@testable import LanguageServer
import XCTest

/// Lifecycle and dispatch rules, in process.
final class DispatchTests: XCTestCase {
    let uri = "file:///d.txt"

    func testRequestsBeforeInitializeAreRejectedAndNotificationsDropped() {
        var harness = ServerHarness()
        let early = harness.request("textDocument/codeAction", [:])
        XCTAssertEqual(harness.errorCode(early), ErrorCode.serverNotInitialized)
        harness.open(uri, "错误")
        harness.waitUntilIdle()
        XCTAssertEqual(harness.published(uri).count, 0)
        harness.initialize()
        XCTAssertNil(harness.server.queue.sync { harness.server.document(uri: uri) }, "the early didOpen was dropped")
        XCTAssertEqual(harness.output.exits, [])
    }

    func testExitBeforeInitializeEndsWithCode1() {
        let harness = ServerHarness()
        harness.notify("exit", [:])
        XCTAssertEqual(harness.output.exits, [1])
    }

    func testExitWithoutShutdownEndsWithCode1() {
        var harness = ServerHarness()
        harness.initialize()
        harness.notify("exit", [:])
        XCTAssertEqual(harness.output.exits, [1])
    }

    func testShutdownThenEveryRequestIsInvalidThenExit0() {
        var harness = ServerHarness()
        harness.initialize()
        let shutdown = harness.request("shutdown")
        XCTAssertEqual(harness.answers(shutdown), [.response(id: shutdown, result: .null)])
        for method in ["shutdown", "initialize", "textDocument/codeAction", "no/such"] {
            XCTAssertEqual(harness.errorCode(harness.request(method, [:])), ErrorCode.invalidRequest, method)
        }
        harness.open(uri, "错误")
        harness.waitUntilIdle()
        XCTAssertEqual(harness.published(uri).count, 0, "notifications after shutdown are dropped")
        harness.notify("exit", [:])
        XCTAssertEqual(harness.output.exits, [0])
    }

    func testInitializeTwiceIsInvalid() {
        var harness = ServerHarness()
        harness.initialize()
        XCTAssertEqual(harness.errorCode(harness.request("initialize", ["capabilities": [:]])), ErrorCode.invalidRequest)
    }

    func testInitializeResult() {
        var harness = ServerHarness()
        let result = harness.initialize()
        XCTAssertEqual(result?["serverInfo"], ["name": "juesuan-ls", "version": .string(LanguageServer.version)])
        XCTAssertEqual(result?["capabilities"]?["textDocumentSync"], ["openClose": true, "change": 2, "save": ["includeText": false]])
    }

    func testUnknownMethods() {
        var harness = ServerHarness()
        harness.initialize()
        XCTAssertEqual(harness.errorCode(harness.request("no/such")), ErrorCode.methodNotFound)
        XCTAssertEqual(harness.errorCode(harness.request("$/private")), ErrorCode.methodNotFound)
        harness.output.clear()
        harness.notify("no/such", [:])
        harness.notify("$/setTrace", ["value": "off"])
        harness.notify("$/progress", ["token": 1, "value": [:]])
        XCTAssertEqual(harness.output.all, [], "unknown and $/ notifications are ignored")
    }

    func testInvalidParamsNameTheField() {
        var harness = ServerHarness()
        harness.initialize()
        let cases: [(JSONValue?, String)] = [
            (nil, "textDocument"),
            (["textDocument": [:], "range": lspRange(0, 0, 0, 0), "context": [:]], "textDocument.uri"),
            (["textDocument": ["uri": 5], "range": lspRange(0, 0, 0, 0), "context": [:]], "textDocument.uri"),
            (["textDocument": ["uri": "file:///x"], "range": ["start": ["line": "0", "character": 0], "end": ["line": 0, "character": 0]], "context": [:]], "range.start.line"),
            (["textDocument": ["uri": "file:///x"], "range": ["start": ["line": -1, "character": 0], "end": ["line": 0, "character": 0]], "context": [:]], "range.start.line"),
            (["textDocument": ["uri": "file:///x"], "range": lspRange(0, 0, 0, 0)], "context"),
            (["textDocument": ["uri": "file:///x"], "range": lspRange(0, 0, 0, 0), "context": ["only": "quickfix"]], "context.only"),
            ([1, 2], "params"),
        ]
        for (params, field) in cases {
            let id = harness.request("textDocument/codeAction", params)
            guard case .errorResponse(_, let error)? = harness.answers(id).first else {
                XCTFail("\(field): \(harness.answers(id))")
                continue
            }
            XCTAssertEqual(error.code, ErrorCode.invalidParams, field)
            XCTAssertTrue(error.message.hasPrefix(field), "\(error.message) should name \(field)")
        }
        let diagnostic = harness.request("textDocument/diagnostic", ["textDocument": ["uri": true]])
        XCTAssertEqual(harness.errorCode(diagnostic), ErrorCode.invalidParams)
    }

    func testBadNotificationParamsChangeNothing() {
        var harness = ServerHarness()
        harness.initialize()
        harness.open(uri, "abc", version: 1)
        harness.notify("textDocument/didChange", ["textDocument": ["uri": .string(uri)], "contentChanges": []])
        harness.notify("textDocument/didChange", ["textDocument": ["uri": .string(uri), "version": 2], "contentChanges": "x"])
        harness.notify("textDocument/didOpen", ["textDocument": ["uri": 1]])
        harness.notify("textDocument/didChange", ["textDocument": ["uri": "file:///not-open", "version": 2], "contentChanges": []])
        harness.waitUntilIdle()
        XCTAssertEqual(harness.server.queue.sync { harness.server.document(uri: uri)?.text }, "abc")
        XCTAssertEqual(harness.server.queue.sync { harness.server.document(uri: uri)?.version }, 1)
    }

    func testCancelInTheSameBatchAnswersMinus32800Once() {
        var harness = ServerHarness()
        harness.initialize()
        let id = RequestID.string("c1")
        harness.receive(.request(id: id, method: "textDocument/codeAction", params: [
            "textDocument": ["uri": .string(uri)], "range": lspRange(0, 0, 0, 0), "context": ["diagnostics": []],
        ]), .notification(method: "$/cancelRequest", params: ["id": "c1"]))
        XCTAssertEqual(harness.answers(id), [.errorResponse(id: id, error: .requestCancelled)])
    }

    func testCancelBeforeTheRequestInABatchDoesNotCancelIt() {
        var harness = ServerHarness()
        harness.initialize()
        let id = RequestID.int(9)
        harness.receive(.notification(method: "$/cancelRequest", params: ["id": 9]), .request(id: id, method: "shutdown", params: nil))
        XCTAssertEqual(harness.answers(id), [.response(id: id, result: .null)])
    }

    func testCancelOfAnAnsweredOrUnknownRequestIsIgnored() {
        var harness = ServerHarness()
        harness.initialize()
        let id = harness.request("shutdown")
        harness.notify("$/cancelRequest", ["id": id.json])
        harness.notify("$/cancelRequest", ["id": 999])
        XCTAssertEqual(harness.answers(id).count, 1)
    }

    func testEveryRequestIsAnsweredExactlyOnce() {
        var harness = ServerHarness()
        var ids: [RequestID] = [harness.request("textDocument/codeAction")]
        harness.initialize(capabilities: ["textDocument": ["diagnostic": [:]]])
        harness.open(uri, "错误")
        for method in ["textDocument/codeAction", "textDocument/diagnostic", "no/such", "initialize", "shutdown", "shutdown"] {
            ids.append(harness.request(method, ["textDocument": ["uri": .string(uri)], "range": lspRange(0, 0, 0, 1), "context": [:]]))
        }
        harness.waitUntilIdle()
        for id in ids { XCTAssertEqual(harness.answers(id).count, 1, "\(id)") }
    }

    func testAnIDThatIsStillPendingCannotBeReused() {
        let gate = Gate()
        var harness = ServerHarness(analyzer: MarkerAnalyzer(gate: gate))
        harness.initialize(capabilities: ["textDocument": ["diagnostic": [:]]])
        harness.open(uri, "x")
        gate.waitForArrival()
        let params: JSONValue = ["textDocument": ["uri": .string(uri)]]
        harness.receive(.request(id: .int(1), method: "textDocument/diagnostic", params: params))
        harness.receive(.request(id: .int(1), method: "textDocument/diagnostic", params: params))
        XCTAssertEqual(harness.errorCode(.int(1)), ErrorCode.invalidRequest)
        gate.release()
        harness.waitUntilIdle()
        XCTAssertEqual(harness.answers(.int(1)).count, 2, "the first one is still answered, once")
    }

    func testResponsesFromTheClientAreIgnored() {
        var harness = ServerHarness()
        harness.initialize()
        harness.output.clear()
        harness.receive(.response(id: .string("juesuan-ls/1"), result: .null))
        XCTAssertEqual(harness.output.all, [])
    }
}
