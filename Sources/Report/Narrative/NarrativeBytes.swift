/// Byte-level helpers shared by the narrative parser (UTF-8 input, no String work).
enum NarrativeBytes {
    @inline(__always)
    static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }

    @inline(__always)
    static func isASCIIAlphanumeric(_ b: UInt8) -> Bool {
        isDigit(b) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A)
    }

    /// True when `bytes[at...]` starts with `literal` (bounds-checked).
    @inline(__always)
    static func hasPrefix(_ bytes: [UInt8], at: Int, _ literal: [UInt8], end: Int? = nil) -> Bool {
        let limit = min(end ?? bytes.count, bytes.count)
        guard at >= 0, at + literal.count <= limit else { return false }
        var k = 0
        while k < literal.count {
            if bytes[at + k] != literal[k] { return false }
            k += 1
        }
        return true
    }

    /// True when `bytes[..<end]` ends with `literal` (bounds-checked).
    @inline(__always)
    static func hasSuffix(_ bytes: [UInt8], end: Int, _ literal: [UInt8]) -> Bool {
        hasPrefix(bytes, at: end - literal.count, literal, end: end)
    }

    /// Width in bytes of the character starting at `i`, clamped to `end`.
    @inline(__always)
    static func characterWidth(_ bytes: [UInt8], at i: Int, end: Int) -> Int {
        max(1, min(UTF8Width.of(leadByte: bytes[i]), end - i))
    }

    /// The value of a Chinese numeral `一`…`九十九` at `at`, with its byte length.
    static func chineseNumeral(_ bytes: [UInt8], at: Int, end: Int) -> (value: Int, length: Int)? {
        var i = at
        var total = 0
        var current = -1
        var sawTen = false
        while i + 3 <= end {
            guard let digit = chineseDigit(bytes, at: i) else { break }
            if digit == 10 {
                if sawTen { break }
                sawTen = true
                total = (current < 0 ? 1 : current) * 10
                current = -1
            } else {
                if current >= 0 { break }
                current = digit
            }
            i += 3
        }
        guard i > at else { return nil }
        let value = total + max(current, 0)
        return value > 0 ? (value, i - at) : nil
    }

    private static func chineseDigit(_ bytes: [UInt8], at i: Int) -> Int? {
        switch (bytes[i], bytes[i + 1], bytes[i + 2]) {
        case (0xE4, 0xB8, 0x80): return 1   // 一
        case (0xE4, 0xBA, 0x8C): return 2   // 二
        case (0xE4, 0xB8, 0x89): return 3   // 三
        case (0xE5, 0x9B, 0x9B): return 4   // 四
        case (0xE4, 0xBA, 0x94): return 5   // 五
        case (0xE5, 0x85, 0xAD): return 6   // 六
        case (0xE4, 0xB8, 0x83): return 7   // 七
        case (0xE5, 0x85, 0xAB): return 8   // 八
        case (0xE4, 0xB9, 0x9D): return 9   // 九
        case (0xE5, 0x8D, 0x81): return 10  // 十
        default: return nil
        }
    }

    /// Reads ASCII digits at `at`; returns the value (nil past 9 digits) and byte length.
    static func asciiInteger(_ bytes: [UInt8], at: Int, end: Int) -> (value: Int, length: Int)? {
        var i = at
        var value = 0
        while i < end, isDigit(bytes[i]), i - at < 9 {
            value = value * 10 + Int(bytes[i] - 0x30)
            i += 1
        }
        guard i > at, !(i < end && isDigit(bytes[i])) else { return nil }
        return (value, i - at)
    }

    static func string(_ bytes: [UInt8], _ range: Range<Int>) -> String {
        String(decoding: bytes[range], as: UTF8.self)
    }

    static func utf8(_ s: String) -> [UInt8] { Array(s.utf8) }

    // Frequently used literals.
    static let enumerationComma = utf8("、")
    static let fullStop = utf8("。")
    static let fullComma = utf8("，")
    static let fullSemicolon = utf8("；")
    static let fullColon = utf8("：")
    static let fullExclamation = utf8("！")
    static let fullQuestion = utf8("？")
    static let di = utf8("第")
    static let bufen = utf8("部分")
    static let ellipsis = utf8("…")
    static let middleDot = utf8("·")
    static let ideographicSpace = utf8("\u{3000}")
    static let noBreakSpace = utf8("\u{00A0}")
    static let terminators = [fullStop, fullExclamation, fullQuestion]
    static let closingMarks = [enumerationComma, utf8("”"), utf8("’"), utf8("）"), utf8("」"), utf8("》")]

    /// Clause-separating punctuation (normalised text): `，,；;。：:！!？?`.
    /// A half-width `,` or `:` between digits is part of a number, not a separator.
    static func clauseSeparatorLength(_ bytes: [UInt8], at i: Int, end: Int) -> Int? {
        let b = bytes[i]
        if b == 0x3B || b == 0x21 || b == 0x3F { return 1 }              // ; ! ?
        if b == 0x2C || b == 0x3A {                                     // , :
            let digitBefore = i > 0 && isDigit(bytes[i - 1])
            let digitAfter = i + 1 < end && isDigit(bytes[i + 1])
            return digitBefore && digitAfter ? nil : 1
        }
        guard b == 0xE3 || b == 0xEF, i + 2 < end else { return nil }
        let b1 = bytes[i + 1], b2 = bytes[i + 2]
        if b == 0xEF, b1 == 0xBC, b2 == 0x8C || b2 == 0x9B || b2 == 0x9A || b2 == 0x81 || b2 == 0x9F { return 3 }  // ，；：！？
        if b == 0xE3, b1 == 0x80, b2 == 0x82 { return 3 }                                                       // 。
        return nil
    }

    /// Sentence-ending punctuation: `。！？!?`.
    static func terminatorLength(_ bytes: [UInt8], at i: Int, end: Int) -> Int? {
        let b = bytes[i]
        if b == 0x21 || b == 0x3F { return 1 }
        guard b == 0xE3 || b == 0xEF, i + 2 < end else { return nil }
        let b1 = bytes[i + 1], b2 = bytes[i + 2]
        if b == 0xEF, b1 == 0xBC, b2 == 0x81 || b2 == 0x9F { return 3 }   // ！？
        if b == 0xE3, b1 == 0x80, b2 == 0x82 { return 3 }                 // 。
        return nil
    }

    /// True for a character that is punctuation only (a line of these is a "lone punctuation line").
    static func isPunctuation(_ bytes: [UInt8], at i: Int, end: Int) -> Bool {
        let b = bytes[i]
        if b < 0x80 { return b == 0x2C || b == 0x2E || b == 0x3B || b == 0x3A || b == 0x21 || b == 0x3F || b == 0x29 }
        if clauseSeparatorLength(bytes, at: i, end: end) != nil { return true }
        for p in closingMarks where hasPrefix(bytes, at: i, p, end: end) { return true }
        return false
    }
}
