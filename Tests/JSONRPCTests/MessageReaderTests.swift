import JSONRPC
import XCTest

final class MessageReaderTests: XCTestCase {
    private func frame(_ body: String, headers: String? = nil) -> [UInt8] {
        let header = headers ?? "Content-Length: \(body.utf8.count)\r\n\r\n"
        return Array(header.utf8) + Array(body.utf8)
    }

    private let initialize = #"{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"capabilities":{}}}"#
    private let initializeMessage = Message.request(id: .int(1), method: "initialize", params: ["capabilities": .object([:])])

    private func events(_ chunks: [[UInt8]], maxContentLength: Int = MessageFramer.defaultMaxContentLength) -> [MessageReader.Event] {
        var reader = MessageReader(maxContentLength: maxContentLength)
        var all: [MessageReader.Event] = []
        for chunk in chunks {
            reader.push(chunk)
            all += reader.events()
        }
        return all
    }

    private func errorCode(_ event: MessageReader.Event?) -> Int? {
        if case .invalid(let invalid)? = event { return invalid.error.code }
        return nil
    }

    func testOneMessage() {
        XCTAssertEqual(events([frame(initialize)]), [.message(initializeMessage)])
    }

    func testMessageSplitAtEveryByte() {
        let bytes = frame(initialize)
        for cut in 1..<bytes.count {
            XCTAssertEqual(events([Array(bytes[..<cut]), Array(bytes[cut...])]), [.message(initializeMessage)], "cut at \(cut)")
        }
    }

    func testByteByByteChunks() {
        let bytes = frame(initialize) + frame(initialize)
        XCTAssertEqual(events(bytes.map { [$0] }), [.message(initializeMessage), .message(initializeMessage)])
    }

    func testChunkedBody() {
        let body = #"{"jsonrpc":"2.0","method":"x","params":{"text":"中文𠀀😀"}}"#
        let bytes = frame(body)
        let chunks = stride(from: 0, to: bytes.count, by: 7).map { Array(bytes[$0..<min($0 + 7, bytes.count)]) }
        XCTAssertEqual(events(chunks), [.message(.notification(method: "x", params: ["text": "中文𠀀😀"]))])
    }

    func testSeveralMessagesInOneRead() {
        let bytes = frame(initialize) + frame(#"{"jsonrpc":"2.0","method":"initialized","params":{}}"#) + frame(initialize)
        XCTAssertEqual(events([bytes]), [
            .message(initializeMessage),
            .message(.notification(method: "initialized", params: .object([:]))),
            .message(initializeMessage),
        ])
    }

    func testHeaderNamesAreCaseInsensitiveAndContentTypeIsAccepted() {
        let headers = "content-type: application/vscode-jsonrpc; charset=utf-8\r\nCONTENT-LENGTH:   \(initialize.utf8.count)\r\nX-Other: 1\r\n\r\n"
        XCTAssertEqual(events([frame(initialize, headers: headers)]), [.message(initializeMessage)])
    }

    func testMissingContentLengthIsParseErrorThenResynchronises() {
        let bad = frame("{}", headers: "Content-Type: application/json\r\n\r\n")
        let result = events([bad + frame(initialize)])
        XCTAssertEqual(result.count, 2)
        guard case .invalid(let invalid)? = result.first else { return XCTFail("expected an error, got \(result)") }
        XCTAssertEqual(invalid.error.code, ErrorCode.parseError)
        XCTAssertNil(invalid.id)
        // "{}" without a header is garbage in front of the next header; it is skipped with it.
        XCTAssertEqual(result.last, .message(initializeMessage))
    }

    func testBadContentLengthValues() {
        for value in ["abc", "-1", "1.5", "", "12 34", "99999999999999999999999999"] {
            let result = events([frame("", headers: "Content-Length: \(value)\r\n\r\n") + frame(initialize)])
            XCTAssertEqual(errorCode(result.first), ErrorCode.parseError, "value \(value)")
            XCTAssertEqual(result.last, .message(initializeMessage), "value \(value)")
        }
    }

    func testConflictingContentLengths() {
        let result = events([frame("{}", headers: "Content-Length: 2\r\nContent-Length: 3\r\n\r\n") + frame(initialize)])
        XCTAssertEqual(errorCode(result.first), ErrorCode.parseError)
        XCTAssertEqual(result.last, .message(initializeMessage))
    }

    func testGarbageBeforeHeaderResynchronisesOnContentLength() {
        let result = events([Array("garbage without colon\r\n".utf8) + frame(initialize)])
        XCTAssertEqual(result.count, 2)
        XCTAssertEqual(errorCode(result.first), ErrorCode.parseError)
        XCTAssertEqual(result.last, .message(initializeMessage))
    }

    func testNonASCIIHeaderIsRejected() {
        let result = events([frame(initialize, headers: "Content-Length: \(initialize.utf8.count)\r\nX-名字: 1\r\n\r\n") + frame(initialize)])
        XCTAssertEqual(errorCode(result.first), ErrorCode.parseError)
        XCTAssertEqual(result.last, .message(initializeMessage))
    }

    func testEndlessHeaderIsRejectedWithoutHanging() {
        var reader = MessageReader()
        reader.push(Array(repeating: UInt8(ascii: "a"), count: MessageFramer.maxHeaderLength + 10))
        let result = reader.events()
        XCTAssertEqual(errorCode(result.first), ErrorCode.parseError)
        XCTAssertLessThan(reader.bufferedCount, 100)
        reader.push(frame(initialize))
        XCTAssertEqual(reader.events(), [.message(initializeMessage)])
    }

    func testBodyThatIsNotJSONIsParseErrorWithNullID() {
        for body in ["{", "not json", "{\"a\":1}}", "[1,]", "\"\u{01}\"", "{\"a\" 1}", "01", "nul"] {
            let result = events([frame(body) + frame(initialize)])
            guard case .invalid(let invalid)? = result.first else { XCTFail("\(body): \(result)"); continue }
            XCTAssertEqual(invalid.error.code, ErrorCode.parseError, body)
            XCTAssertNil(invalid.id, body)
            XCTAssertEqual(result.last, .message(initializeMessage), body)
        }
    }

    func testInvalidUTF8IsParseError() {
        let prefix = Array(#"{"jsonrpc":"2.0","method":"x","params":{"t":""#.utf8)
        for bad: [UInt8] in [[0xFF], [0xC3], [0xE4, 0xB8], [0xED, 0xA0, 0x80], [0xC0, 0xAF]] {
            let body = prefix + bad + Array(#""}}"#.utf8)
            let bytes = Array("Content-Length: \(body.count)\r\n\r\n".utf8) + body
            let result = events([bytes + frame(initialize)])
            XCTAssertEqual(errorCode(result.first), ErrorCode.parseError, "\(bad)")
            XCTAssertEqual(result.last, .message(initializeMessage))
        }
    }

    func testJSONThatIsNotARequestIsInvalidRequest() {
        let cases: [(String, RequestID?)] = [
            ("[]", nil),
            ("42", nil),
            (#"{"id":1,"method":"x"}"#, .int(1)),
            (#"{"jsonrpc":"1.0","id":"a","method":"x"}"#, .string("a")),
            (#"{"jsonrpc":"2.0","id":2,"method":3}"#, .int(2)),
            (#"{"jsonrpc":"2.0","id":{"x":1},"method":"x"}"#, nil),
            (#"{"jsonrpc":"2.0","id":true,"method":"x"}"#, nil),
            (#"{"jsonrpc":"2.0","id":3,"method":"x","params":"p"}"#, .int(3)),
            (#"{"jsonrpc":"2.0","id":4}"#, .int(4)),
        ]
        for (body, id) in cases {
            let result = events([frame(body) + frame(initialize)])
            guard case .invalid(let invalid)? = result.first else { XCTFail("\(body): \(result)"); continue }
            XCTAssertEqual(invalid.error.code, ErrorCode.invalidRequest, body)
            XCTAssertEqual(invalid.id, id, body)
            XCTAssertEqual(result.last, .message(initializeMessage), body)
        }
    }

    func testNullParamsCountAsAbsent() {
        // Eglot 1.9 (jsonrpc.el) writes `"params":null` for shutdown and exit.
        XCTAssertEqual(events([frame(#"{"jsonrpc":"2.0","id":2,"method":"shutdown","params":null}"#)]),
                       [.message(.request(id: .int(2), method: "shutdown", params: nil))])
        XCTAssertEqual(events([frame(#"{"jsonrpc":"2.0","method":"exit","params":null}"#)]),
                       [.message(.notification(method: "exit", params: nil))])
    }

    func testResponsesAreMessages() {
        XCTAssertEqual(events([frame(#"{"jsonrpc":"2.0","id":"s1","result":null}"#)]), [.message(.response(id: .string("s1"), result: .null))])
        XCTAssertEqual(events([frame(#"{"jsonrpc":"2.0","id":5,"error":{"code":-32601,"message":"no"}}"#)]),
                       [.message(.errorResponse(id: .int(5), error: ResponseError(code: -32601, message: "no")))])
    }

    func testOversizedBodyIsRefusedAndSkippedWithoutBuffering() {
        var reader = MessageReader(maxContentLength: 1000)
        reader.push(Array("Content-Length: 5000000\r\n\r\n".utf8))
        let first = reader.events()
        XCTAssertEqual(errorCode(first.first), ErrorCode.parseError)
        let chunk = [UInt8](repeating: UInt8(ascii: "x"), count: 100_000)
        for _ in 0..<50 {
            reader.push(chunk)
            XCTAssertEqual(reader.events(), [])
        }
        reader.push(frame(initialize))
        XCTAssertEqual(reader.events(), [.message(initializeMessage)])
        XCTAssertEqual(reader.bufferedCount, 0)
    }

    func testHugeContentLengthIsRefusedWithoutAllocating() {
        // 2^62 bytes could never be allocated: refusing it proves nothing is reserved up front.
        let result = events([Array("Content-Length: 4611686018427387904\r\n\r\n".utf8)])
        XCTAssertEqual(errorCode(result.first), ErrorCode.parseError)
    }

    func testDefaultCapIs64MiB() {
        XCTAssertEqual(MessageFramer.defaultMaxContentLength, 64 * 1024 * 1024)
        let result = events([Array("Content-Length: \(64 * 1024 * 1024 + 1)\r\n\r\n".utf8)])
        XCTAssertEqual(errorCode(result.first), ErrorCode.parseError)
    }

    func testDeeplyNestedJSONIsRejectedNotACrash() {
        let body = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        let result = events([frame(body) + frame(initialize)])
        XCTAssertEqual(errorCode(result.first), ErrorCode.parseError)
        XCTAssertEqual(result.last, .message(initializeMessage))
    }

    func testBlankLinesBetweenMessagesAreTolerated() {
        XCTAssertEqual(events([frame(initialize) + Array("\r\n".utf8) + frame(initialize)]),
                       [.message(initializeMessage), .message(initializeMessage)])
    }

    func testWriterFramesWithByteLength() {
        let bytes = MessageWriter.frame(.notification(method: "m", params: ["t": "中"]))
        let text = String(decoding: bytes, as: UTF8.self)
        let body = #"{"jsonrpc":"2.0","method":"m","params":{"t":"中"}}"#
        XCTAssertEqual(text, "Content-Length: \(body.utf8.count)\r\n\r\n" + body)
        XCTAssertEqual(events([bytes]), [.message(.notification(method: "m", params: ["t": "中"]))])
    }
}

extension MessageReaderTests {
    func testLyingOversizedLengthResynchronisesOnTheNextHeader() {
        var reader = MessageReader(maxContentLength: 1000)
        reader.push(Array("Content-Length: 999999999\r\n\r\n".utf8) + frame(initialize))
        let result = reader.events()
        XCTAssertEqual(result.count, 2)
        XCTAssertEqual(errorCode(result.first), ErrorCode.parseError)
        XCTAssertEqual(result.last, .message(initializeMessage))
    }

    func testOversizedBodyFollowedByAMessageInTheSameStream() {
        var reader = MessageReader(maxContentLength: initialize.utf8.count)
        let big = #"{"jsonrpc":"2.0","method":"big","params":{"t":"Content-Length: 3 and some more text to be long enough"}}"#
        let bytes = frame(big) + frame(initialize)
        var result: [MessageReader.Event] = []
        for byte in bytes {
            reader.push([byte])
            result += reader.events()
        }
        XCTAssertEqual(result.count, 2)
        XCTAssertEqual(errorCode(result.first), ErrorCode.parseError)
        XCTAssertEqual(result.last, .message(initializeMessage))
    }
}
