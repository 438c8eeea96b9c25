import JSONRPC
import LanguageServer
import Report
import XCTest

/// Random incremental edit scripts over text mixing CJK, full-width punctuation,
/// characters outside the BMP, LF, CRLF and lone CR, in each position encoding.
/// The client side is an independent model over Unicode scalars; after every
/// change the document store's text (and line index) must equal it.
final class DocumentEditPropertyTests: XCTestCase {
    static let scriptsPerEncoding = 10_000
    static let pieces = ["a", "7", " ", "中", "文", "，", "。", "𠀀", "😀", "\n", "\r\n", "\r"]

    /// The client's view: the text as Unicode scalars, positions counted in `encoding`.
    struct ClientModel {
        var scalars: [Unicode.Scalar]
        let encoding: PositionEncoding

        /// Lines as scalar ranges of their content (terminators excluded).
        var lines: [Range<Int>] {
            var result: [Range<Int>] = []
            var lineStart = 0
            var k = 0
            while k < scalars.count {
                let s = scalars[k]
                if s == "\n" || s == "\r" {
                    result.append(lineStart..<k)
                    if s == "\r", k + 1 < scalars.count, scalars[k + 1] == "\n" { k += 1 }
                    lineStart = k + 1
                }
                k += 1
            }
            result.append(lineStart..<scalars.count)
            return result
        }

        func units(_ s: Unicode.Scalar) -> Int {
            switch encoding {
            case .utf8: String(s).utf8.count
            case .utf16: s.value > 0xFFFF ? 2 : 1
            case .utf32: 1
            }
        }

        /// LSP clamping, computed independently over scalars.
        func scalarIndex(line: Int, character: Int) -> Int {
            let lines = lines
            guard line < lines.count else { return scalars.count }
            var remaining = character
            var k = lines[line].lowerBound
            while k < lines[line].upperBound, remaining > 0 {
                let u = units(scalars[k])
                if u > remaining { break }
                remaining -= u
                k += 1
            }
            return k
        }

        mutating func replace(from a: Int, to b: Int, with text: String) {
            scalars.replaceSubrange(min(a, b)..<max(a, b), with: Array(text.unicodeScalars))
        }

        var text: String {
            var s = String.UnicodeScalarView()
            s.append(contentsOf: scalars)
            return String(s)
        }
    }

    private func randomText(_ rng: inout SeededGenerator, maxPieces: Int) -> String {
        let count = Int.random(in: 0...maxPieces, using: &rng)
        return (0..<count).map { _ in Self.pieces.randomElement(using: &rng)! }.joined()
    }

    /// A position the client could send: usually valid, sometimes past a line's
    /// end, past the document's end, or inside a character.
    private func randomPosition(_ model: ClientModel, _ rng: inout SeededGenerator) -> (line: Int, character: Int) {
        let lines = model.lines
        let roll = Int.random(in: 0..<20, using: &rng)
        if roll == 0 { return (lines.count + Int.random(in: 0...2, using: &rng), Int.random(in: 0...5, using: &rng)) }
        let line = Int.random(in: 0..<lines.count, using: &rng)
        let width = lines[line].reduce(0) { $0 + model.units(model.scalars[$1]) }
        if roll == 1 { return (line, width + Int.random(in: 1...4, using: &rng)) }
        // Any unit offset within the line, including ones inside a character.
        return (line, Int.random(in: 0...width, using: &rng))
    }

    private func check(_ encoding: PositionEncoding, seed: UInt64) throws {
        var rng = SeededGenerator(seed: seed)
        for script in 0..<Self.scriptsPerEncoding {
            let initial = randomText(&rng, maxPieces: 12)
            var model = ClientModel(scalars: Array(initial.unicodeScalars), encoding: encoding)
            var document = TextDocument(uri: "file:///p.txt", version: 0, text: initial)
            let steps = Int.random(in: 1...6, using: &rng)
            for step in 0..<steps {
                let change: JSONValue
                if Int.random(in: 0..<25, using: &rng) == 0 {
                    let text = randomText(&rng, maxPieces: 10)
                    change = ["text": .string(text)]
                    model.scalars = Array(text.unicodeScalars)
                } else {
                    let start = randomPosition(model, &rng)
                    let end = Int.random(in: 0..<3, using: &rng) == 0 ? start : randomPosition(model, &rng)
                    let text = randomText(&rng, maxPieces: 4)
                    change = [
                        "range": [
                            "start": ["line": .int(start.line), "character": .int(start.character)],
                            "end": ["line": .int(end.line), "character": .int(end.character)],
                        ],
                        "text": .string(text),
                    ]
                    model.replace(from: model.scalarIndex(line: start.line, character: start.character),
                                  to: model.scalarIndex(line: end.line, character: end.character), with: text)
                }
                let before = document.bytes
                let edit = try document.apply(change: Params(change), encoding: encoding)
                guard document.text == model.text else {
                    return XCTFail("\(encoding) script \(script) step \(step): \(change)\nserver \(document.text.debugDescription)\nclient \(model.text.debugDescription)")
                }
                // The recorded edit reproduces the change on the old bytes.
                var replayed = before
                let inserted = Array(document.bytes[edit.range.start..<(edit.range.start + edit.replacementLength)])
                replayed.replaceSubrange(edit.range.range, with: inserted)
                XCTAssertEqual(replayed, document.bytes)
                XCTAssertEqual(document.lineIndex, LineIndex(utf8: document.bytes), "\(encoding) script \(script) step \(step)")
            }
        }
    }

    func testRandomEditScriptsUTF8() throws { try check(.utf8, seed: 0x8_0001) }
    func testRandomEditScriptsUTF16() throws { try check(.utf16, seed: 0x16_0001) }
    func testRandomEditScriptsUTF32() throws { try check(.utf32, seed: 0x32_0001) }
}
