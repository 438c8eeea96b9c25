import Report
import XCTest

final class LineIndexTests: XCTestCase {
    private func offset(_ text: String, _ line: Int, _ character: Int, _ encoding: PositionEncoding) -> Int {
        LineIndex(text).offset(of: LinePosition(line: line, character: character), in: Array(text.utf8), encoding: encoding)
    }

    private func position(_ text: String, _ offset: Int, _ encoding: PositionEncoding) -> LinePosition {
        LineIndex(text).position(of: offset, in: Array(text.utf8), encoding: encoding)
    }

    func testLineTerminators() {
        XCTAssertEqual(LineIndex("a\nb\r\nc\rd").lineStarts, [0, 2, 5, 7])
        XCTAssertEqual(LineIndex("").lineStarts, [0])
        XCTAssertEqual(LineIndex("\r").lineStarts, [0, 1])
        XCTAssertEqual(LineIndex("\r\r\n\n").lineStarts, [0, 1, 3, 4])
        XCTAssertEqual(LineIndex("x\n").lineCount, 2)
    }

    func testCJKAndFullWidthPunctuation() {
        let text = "收入，支出。\n合计"
        // 收 入 ， 支 出 。 are 3 bytes each, one UTF-16 and one UTF-32 unit each.
        XCTAssertEqual(offset(text, 0, 2, .utf16), 6)
        XCTAssertEqual(offset(text, 0, 2, .utf32), 6)
        XCTAssertEqual(offset(text, 0, 6, .utf8), 6)
        XCTAssertEqual(position(text, 9, .utf16), LinePosition(line: 0, character: 3))
        XCTAssertEqual(position(text, 9, .utf8), LinePosition(line: 0, character: 9))
        XCTAssertEqual(position(text, 22, .utf16), LinePosition(line: 1, character: 1))
    }

    func testCharactersOutsideTheBMP() {
        let text = "a𠀀b😀c"
        // a:1 byte; 𠀀: 4 bytes, 2 UTF-16 units, 1 UTF-32 unit; b; 😀 likewise; c.
        XCTAssertEqual(position(text, 5, .utf16), LinePosition(line: 0, character: 3))
        XCTAssertEqual(position(text, 5, .utf32), LinePosition(line: 0, character: 2))
        XCTAssertEqual(position(text, 5, .utf8), LinePosition(line: 0, character: 5))
        XCTAssertEqual(offset(text, 0, 3, .utf16), 5)
        XCTAssertEqual(offset(text, 0, 2, .utf32), 5)
        XCTAssertEqual(offset(text, 0, 6, .utf16), 10)
        XCTAssertEqual(offset(text, 0, 4, .utf32), 10)
    }

    func testPositionInsideASurrogatePairSnapsToTheCharacterStart() {
        let text = "a😀b"
        XCTAssertEqual(offset(text, 0, 2, .utf16), 1, "between the two halves of 😀")
        XCTAssertEqual(offset(text, 0, 3, .utf16), 5)
    }

    func testPositionInsideAUTF8SequenceSnapsToTheCharacterStart() {
        XCTAssertEqual(offset("中文", 0, 1, .utf8), 0)
        XCTAssertEqual(offset("中文", 0, 4, .utf8), 3)
        XCTAssertEqual(position("中文", 1, .utf16), LinePosition(line: 0, character: 0))
        XCTAssertEqual(position("中文", 4, .utf16), LinePosition(line: 0, character: 1))
    }

    func testClampingPastLineEndAndDocumentEnd() {
        let text = "中文\r\n😀\rx"
        for encoding in PositionEncoding.allCases {
            XCTAssertEqual(offset(text, 0, 99, encoding), 6, "past line end stops before CRLF (\(encoding))")
            XCTAssertEqual(offset(text, 1, 99, encoding), 12, "past line end stops before CR (\(encoding))")
            XCTAssertEqual(offset(text, 2, 99, encoding), 14)
            XCTAssertEqual(offset(text, 3, 0, encoding), 14, "line past the end is the end of the text")
            XCTAssertEqual(offset(text, 99, 99, encoding), 14)
            XCTAssertEqual(offset(text, -1, 5, encoding), 0)
            XCTAssertEqual(position(text, 7, encoding), LinePosition(line: 0, character: encoding == .utf8 ? 6 : 2),
                           "an offset inside CRLF is the end of the line")
            XCTAssertEqual(position(text, 999, encoding), position(text, 14, encoding))
        }
    }

    func testEmptyLastLineAfterTerminator() {
        for text in ["a\n", "a\r\n", "a\r"] {
            let end = text.utf8.count
            XCTAssertEqual(position(text, end, .utf16), LinePosition(line: 1, character: 0), text.debugDescription)
            XCTAssertEqual(offset(text, 1, 0, .utf16), end)
        }
    }

    func testRoundTripEveryCharacterBoundary() {
        let text = "收入，a𠀀\r\n😀b\r\n\rc，"
        let bytes = Array(text.utf8)
        let index = LineIndex(text)
        var boundaries: [Int] = []
        var k = 0
        for scalar in text.unicodeScalars {
            boundaries.append(k)
            k += String(scalar).utf8.count
        }
        boundaries.append(k)
        for encoding in PositionEncoding.allCases {
            for b in boundaries where !(b > 0 && bytes[b - 1] == 0x0D && b < bytes.count && bytes[b] == 0x0A) {
                let p = index.position(of: b, in: bytes, encoding: encoding)
                XCTAssertEqual(index.offset(of: p, in: bytes, encoding: encoding), b, "\(encoding) at \(b)")
            }
        }
    }

    func testIncrementalUpdateMatchesAFreshIndex() {
        let base = "ab\r\ncd\ref\n中\r"
        let inserts = ["", "\n", "\r", "\r\n", "x", "\n\r", "中\r\nx"]
        let bytes = Array(base.utf8)
        for start in 0...bytes.count {
            for end in start...bytes.count {
                for insert in inserts {
                    var index = LineIndex(utf8: bytes)
                    var edited = bytes
                    edited.replaceSubrange(start..<end, with: Array(insert.utf8))
                    index.apply(ByteEdit(range: SourceRange(start: start, end: end), replacementLength: insert.utf8.count), to: edited)
                    XCTAssertEqual(index, LineIndex(utf8: edited), "replace \(start)..<\(end) by \(insert.debugDescription)")
                }
            }
        }
    }
}
