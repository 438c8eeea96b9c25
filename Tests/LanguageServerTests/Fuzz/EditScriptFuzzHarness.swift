// The edits fuzz target's harness: random didChange scripts against the
// document store. Shared by the libFuzzer entry (Fuzz/edits/main.swift, built by
// Fuzz/run.sh) and by FuzzCorpusReplayTests, which replays the committed corpus.
//
// The input is read as a script: an encoding, an initial text, then changes
// whose ranges fall anywhere (inside surrogate pairs and UTF-8 sequences, on
// CRLF, reversed, past a line's end, past the document's end, negative), some
// whole-text, several per notification. Each notification is validated and
// applied exactly as the server does (`DidChangeHandler` checks every change's
// shape, then `TextDocument.apply`), and checked against:
// - a shadow copy of the text kept as Unicode scalars, with LSP's clamping rules
//   computed independently over scalars;
// - the returned `ByteEdit`, replayed on the old bytes;
// - the incrementally maintained line index against one built from scratch;
// - position ↔ offset round trips at the edit's ends;
// - the narrative re-parsed after each edit (`NarrativeParser.reparse`) against a
//   full parse of the new text;
// - the report model updated by `IncrementalReportParser` with each notification's
//   edits (what an analysis session receives) against `ReportDocument.parse`.
import JSONRPC
import LanguageServer
import Report

/// Reads the fuzz input as small numbers; zeros once it is used up.
struct EditScript {
    let bytes: UnsafeBufferPointer<UInt8>
    var k = 0
    var atEnd: Bool { k >= bytes.count }
    mutating func next() -> UInt8 {
        defer { k += 1 }
        return k < bytes.count ? bytes[k] : 0
    }
    /// A coordinate: small mostly, sometimes huge or negative.
    mutating func coordinate() -> Int {
        switch next() {
        case 0xFF: Int.max
        case 0xFE: Int(Int32.max) + 7
        case 0xFD: -1
        case let v: Int(v % 24)
        }
    }
    static let pieces = ["a", "7", " ", "\t", "中", "文", "，", "合计", "1,234.56", "𠀀", "😀", "é", "\u{301}", "\n", "\r\n", "\r", "\r\r\n", "|", "表1",
                         "收入支出决算总表\n", "单位：万元\n", "项目\t决算数\n", "2010101", "\n\n"]
    mutating func text(maxPieces: Int) -> String {
        let count = Int(next()) % (maxPieces + 1)
        return (0..<count).map { _ in Self.pieces[Int(next()) % Self.pieces.count] }.joined()
    }
}

/// The client's copy of the text, as Unicode scalars; positions in `encoding`.
struct ShadowText {
    var scalars: [Unicode.Scalar]
    let encoding: PositionEncoding

    func units(_ s: Unicode.Scalar) -> Int {
        switch encoding {
        case .utf8: String(s).utf8.count
        case .utf16: s.value > 0xFFFF ? 2 : 1
        case .utf32: 1
        }
    }

    /// Content ranges of the lines (LF, CRLF, lone CR end a line).
    var lines: [Range<Int>] {
        var result: [Range<Int>] = []
        var start = 0, k = 0
        while k < scalars.count {
            if scalars[k] == "\n" || scalars[k] == "\r" {
                result.append(start..<k)
                if scalars[k] == "\r", k + 1 < scalars.count, scalars[k + 1] == "\n" { k += 1 }
                start = k + 1
            }
            k += 1
        }
        result.append(start..<scalars.count)
        return result
    }

    func index(line: Int, character: Int) -> Int {
        let lines = lines
        guard line < lines.count else { return scalars.count }
        var remaining = character, k = lines[line].lowerBound
        while k < lines[line].upperBound, remaining > 0, units(scalars[k]) <= remaining {
            remaining -= units(scalars[k])
            k += 1
        }
        return k
    }

    var text: String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        return String(view)
    }
}

/// A property a fuzz input broke.
struct FuzzFailure: Error, CustomStringConvertible {
    let description: String
}

enum EditScriptFuzzHarness {
    /// Narrative regions as a report has them: the runs of lines between table lines
    /// (a line holding a tab or starting with `|` counts as a table line here).
    static func narrativeRegions(_ bytes: [UInt8]) -> [SourceRange] {
        var regions: [SourceRange] = []
        var regionStart = 0, lineStart = 0
        while lineStart < bytes.count {
            var lineEnd = lineStart
            while lineEnd < bytes.count, bytes[lineEnd] != 0x0A { lineEnd += 1 }
            let next = min(lineEnd + 1, bytes.count)
            if bytes[lineStart] == UInt8(ascii: "|") || bytes[lineStart..<lineEnd].contains(0x09) {
                if lineStart > regionStart { regions.append(SourceRange(start: regionStart, end: lineStart)) }
                regionStart = next
            }
            lineStart = next
        }
        if bytes.count > regionStart { regions.append(SourceRange(start: regionStart, end: bytes.count)) }
        return regions
    }

    static func require(_ condition: Bool, _ message: @autoclosure () -> String) throws(FuzzFailure) {
        if !condition { throw FuzzFailure(description: message()) }
    }

    /// Runs one input; returns the first property it breaks, nil when none.
    static func run(_ input: [UInt8]) -> String? {
        do {
            try input.withUnsafeBufferPointer { bytes throws(FuzzFailure) in try run(EditScript(bytes: bytes)) }
            return nil
        } catch {
            return error.description
        }
    }

    static func run(_ script: EditScript) throws(FuzzFailure) {
        var script = script
        let encoding = PositionEncoding.allCases[Int(script.next()) % 3]
        let initial = script.text(maxPieces: 40)
        var shadow = ShadowText(scalars: Array(initial.unicodeScalars), encoding: encoding)
        var document = TextDocument(uri: "file:///fuzz.txt", version: 0, text: initial)
        var narrative = NarrativeParser.parse(document.bytes, regions: narrativeRegions(document.bytes))
        var parser = IncrementalReportParser(text: document.bytes)
        var notifications = 0
        // Bounded work per input: at most 8 notifications, on a text of at most 1 KiB
        // (every check is linear in the text; edge cases are local, a short text has them all).
        while !script.atEnd, notifications < 8, document.bytes.count < 1024 {
            notifications += 1
            var changes: [JSONValue] = []
            var expected = shadow
            var valid = true
            for _ in 0..<(1 + Int(script.next()) % 4) {
                if script.next() % 16 == 0 {
                    let text = script.text(maxPieces: 12)
                    changes.append(["text": .string(text)])
                    expected.scalars = Array(text.unicodeScalars)
                    continue
                }
                let (sl, sc, el, ec) = (script.coordinate(), script.coordinate(), script.coordinate(), script.coordinate())
                let text = script.text(maxPieces: 6)
                changes.append(["range": ["start": ["line": .int(sl), "character": .int(sc)],
                                          "end": ["line": .int(el), "character": .int(ec)]],
                                "text": .string(text)])
                if min(sl, sc, el, ec) < 0 { valid = false; continue }
                let a = expected.index(line: sl, character: sc), b = expected.index(line: el, character: ec)
                expected.scalars.replaceSubrange(min(a, b)..<max(a, b), with: Array(text.unicodeScalars))
            }
            // What DidChangeHandler does: check every change's shape first, then apply in order.
            var shapeError: ResponseError?
            for change in changes.map({ Params($0) }) {
                do {
                    _ = try change.required("text").string()
                    if let range = try change.optional("range") {
                        _ = try PositionConverter.linePosition(range.required("start"))
                        _ = try PositionConverter.linePosition(range.required("end"))
                    }
                } catch { shapeError = error; break }
            }
            try require((shapeError == nil) == valid, "shape check \(String(describing: shapeError)) for \(changes)")
            guard valid else { continue } // a bad change list changes nothing
            var edits: [ByteEdit] = []
            for change in changes {
                let before = document.bytes
                let edit: ByteEdit
                do { edit = try document.apply(change: Params(change), encoding: encoding) } catch {
                    throw FuzzFailure(description: "valid change refused: \(error) \(change)")
                }
                // The recorded edit reproduces the change on the old bytes.
                try require(edit.range.start >= 0 && edit.range.start <= edit.range.end && edit.range.end <= before.count,
                      "edit \(edit) outside the old text of \(before.count) bytes")
                try require(edit.range.start + edit.replacementLength <= document.bytes.count, "edit \(edit) past the new text")
                edits.append(edit)
                narrative = NarrativeParser.reparse(narrative, bytes: document.bytes, edit: edit, regions: narrativeRegions(document.bytes))
                var replayed = before
                replayed.replaceSubrange(edit.range.range, with: document.bytes[edit.range.start..<(edit.range.start + edit.replacementLength)])
                try require(replayed == document.bytes, "edit \(edit) does not replay")
                // Both ends of the edit are character boundaries that round-trip through positions.
                for offset in [edit.range.start, edit.range.start + edit.replacementLength] {
                    let position = document.lineIndex.position(of: offset, in: document.bytes, encoding: encoding)
                    let back = document.lineIndex.offset(of: position, in: document.bytes, encoding: encoding)
                    let inTerminator = offset > 0 && offset < document.bytes.count
                        && document.bytes[offset - 1] == 0x0D && document.bytes[offset] == 0x0A
                    try require(back == offset || inTerminator, "offset \(offset) → \(position) → \(back)")
                }
            }
            try require(document.text == expected.text, "\(encoding) \(changes)\nserver \(document.text.debugDescription)\nclient \(expected.text.debugDescription)")
            try require(document.lineIndex == LineIndex(utf8: document.bytes), "incremental line index differs from a fresh one")
            parser.apply(edits: edits, newText: document.bytes)
            try require(parser.document == ReportDocument.parse(document.bytes),
                        "report model after \(edits) differs from a full parse of \(document.text.debugDescription)")
            try require(narrative == NarrativeParser.parse(document.bytes, regions: narrativeRegions(document.bytes)),
                        "narrative re-parsed after \(changes) differs from a full parse of \(document.text.debugDescription)")
            shadow = expected
        }
    }
}
