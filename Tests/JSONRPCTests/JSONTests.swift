import JSONRPC
import XCTest

final class JSONTests: XCTestCase {
    func testScalars() throws {
        XCTAssertEqual(try JSONParser.parse("null"), .null)
        XCTAssertEqual(try JSONParser.parse(" true "), .bool(true))
        XCTAssertEqual(try JSONParser.parse("false"), .bool(false))
        XCTAssertEqual(try JSONParser.parse("-12"), .int(-12))
        XCTAssertEqual(try JSONParser.parse("1.5e2"), .double(150))
        XCTAssertEqual(try JSONParser.parse("0.25"), .double(0.25))
        XCTAssertEqual(try JSONParser.parse("99999999999999999999"), .double(1e20))
    }

    func testStringsAndEscapes() throws {
        XCTAssertEqual(try JSONParser.parse(#""a\"b\\c\/d\b\f\n\r\t""#), .string("a\"b\\c/d\u{08}\u{0C}\n\r\t"))
        XCTAssertEqual(try JSONParser.parse(#""\u4e2d\u6587""#), .string("中文"))
        XCTAssertEqual(try JSONParser.parse(#""\ud840\udc00""#), .string("𠀀"))
        XCTAssertEqual(try JSONParser.parse(#""\ud83d\ude00x""#), .string("😀x"))
        XCTAssertEqual(try JSONParser.parse(#""\ud800x""#), .string("\u{FFFD}x"), "lone high surrogate")
        XCTAssertEqual(try JSONParser.parse(#""\udc00""#), .string("\u{FFFD}"), "lone low surrogate")
        XCTAssertEqual(try JSONParser.parse("\"中文，𠀀😀\""), .string("中文，𠀀😀"))
    }

    func testRejects() {
        for bad in ["", "[", "{\"a\":}", "tru", "1.", "-", "1e", "\"\\x\"", "\"\\u12\"", "[1 2]", "{1:2}", "\"abc", "1 2", "+1"] {
            XCTAssertThrowsError(try JSONParser.parse(bad), bad)
        }
    }

    func testDepthLimit() {
        let ok = String(repeating: "[", count: 500) + String(repeating: "]", count: 500)
        XCTAssertNoThrow(try JSONParser.parse(ok))
        let deep = String(repeating: "{\"a\":", count: 100_000) + "1" + String(repeating: "}", count: 100_000)
        XCTAssertThrowsError(try JSONParser.parse(deep)) { error in
            XCTAssertEqual(error as? JSONParseError, .tooDeep(limit: JSONParser.defaultMaxDepth))
        }
    }

    func testWriterRoundTrip() throws {
        let value: JSONValue = [
            "s": "中\"\\\n\u{01}😀", "i": -3, "d": 0.5, "b": true, "n": nil,
            "a": [1, "x", ["k": []]], "big": .double(1e20), "inf": .double(.infinity),
        ]
        let text = value.description
        XCTAssertTrue(text.contains(#""s":"中\"\\\n\u0001😀""#), text)
        XCTAssertTrue(text.contains(#""inf":null"#), text)
        var expected = value.objectValue!
        expected["inf"] = .null
        XCTAssertEqual(try JSONParser.parse(text), .object(expected))
    }

    func testWriterSortsKeys() {
        XCTAssertEqual((["b": 1, "a": 2, "c": 3] as JSONValue).description, #"{"a":2,"b":1,"c":3}"#)
    }
}
