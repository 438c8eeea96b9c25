/// Low-level helpers over UTF-8 bytes: lines, whitespace, markup, decoding.
/// Offsets are always byte offsets into the buffer given.
enum ByteText {
    /// The end of the line starting at `start` (offset of its LF/CR, or `end`).
    @inline(__always)
    static func lineEnd(_ bytes: [UInt8], from start: Int, limit end: Int) -> Int {
        var i = start
        while i < end {
            let b = bytes[i]
            if b == 0x0A || b == 0x0D { return i }
            i += 1
        }
        return end
    }

    /// The start of the line after the one ending at `lineEnd`.
    @inline(__always)
    static func nextLineStart(_ bytes: [UInt8], afterLineEnd lineEnd: Int, limit end: Int) -> Int {
        guard lineEnd < end else { return end }
        if bytes[lineEnd] == 0x0D, lineEnd + 1 < end, bytes[lineEnd + 1] == 0x0A { return lineEnd + 2 }
        return lineEnd + 1
    }

    /// Width of a whitespace character at `i` (ASCII space/TAB, U+3000, NBSP), or 0.
    @inline(__always)
    static func whitespaceWidth(_ bytes: [UInt8], at i: Int, limit end: Int) -> Int {
        let b = bytes[i]
        if b == 0x20 || b == 0x09 || b == 0x0B || b == 0x0C { return 1 }
        if b == 0xE3, i + 2 < end, bytes[i + 1] == 0x80, bytes[i + 2] == 0x80 { return 3 }   // U+3000
        if b == 0xC2, i + 1 < end, bytes[i + 1] == 0xA0 { return 2 }                          // U+00A0
        return 0
    }

    /// Width of a markup token at `i` that carries no text (`<b>`, `</b>`, `<strong>`, `<br/>`, `**`, `__`), or 0.
    @inline(__always)
    static func markupWidth(_ bytes: [UInt8], at i: Int, limit end: Int) -> Int {
        let b = bytes[i]
        if b == 0x2A, i + 1 < end, bytes[i + 1] == 0x2A { return 2 }   // **
        if b == 0x3C {                                                  // <tag>
            var j = i + 1
            if j < end, bytes[j] == 0x2F { j += 1 }
            let nameStart = j
            while j < end, j - i < 40 {
                let c = bytes[j]
                if c == 0x3E { return j > nameStart ? j + 1 - i : 0 }
                let isName = (c >= 0x61 && c <= 0x7A) || (c >= 0x41 && c <= 0x5A) || (c >= 0x30 && c <= 0x39)
                    || c == 0x20 || c == 0x3D || c == 0x22 || c == 0x27 || c == 0x2F || c == 0x2D || c == 0x3A || c == 0x3B
                if !isName { return 0 }
                j += 1
            }
        }
        return 0
    }

    /// `range` with whitespace and text-less markup removed from both ends.
    static func trimmed(_ bytes: [UInt8], _ range: Range<Int>) -> Range<Int> {
        var lo = range.lowerBound, hi = range.upperBound
        while lo < hi {
            let w = whitespaceWidth(bytes, at: lo, limit: hi)
            if w > 0 { lo += w; continue }
            let m = markupWidth(bytes, at: lo, limit: hi)
            if m > 0 { lo += m; continue }
            break
        }
        while hi > lo {
            let b = bytes[hi - 1]
            if b == 0x20 || b == 0x09 || b == 0x0B || b == 0x0C { hi -= 1; continue }
            if hi - lo >= 3, bytes[hi - 3] == 0xE3, bytes[hi - 2] == 0x80, b == 0x80 { hi -= 3; continue }
            if hi - lo >= 2, bytes[hi - 2] == 0xC2, b == 0xA0 { hi -= 2; continue }
            if b == 0x2A, hi - lo >= 2, bytes[hi - 2] == 0x2A { hi -= 2; continue }
            if b == 0x3E {   // a closing tag ending here
                var j = hi - 2
                while j >= lo, hi - j < 40, bytes[j] != 0x3C { j -= 1 }
                if j >= lo, bytes[j] == 0x3C, markupWidth(bytes, at: j, limit: hi) == hi - j { hi = j; continue }
            }
            break
        }
        return lo..<hi
    }

    /// The text of `range` with markup removed (whitespace kept).
    static func text(_ bytes: [UInt8], _ range: Range<Int>) -> String {
        var hasMarkup = false
        for i in range where bytes[i] == 0x3C || bytes[i] == 0x2A { hasMarkup = true; break }
        if !hasMarkup { return String(decoding: bytes[range], as: UTF8.self) }
        var out: [UInt8] = []
        out.reserveCapacity(range.count)
        var i = range.lowerBound
        while i < range.upperBound {
            let m = markupWidth(bytes, at: i, limit: range.upperBound)
            if m > 0 { i += m; continue }
            out.append(bytes[i])
            i += 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// True when `range` holds only whitespace.
    static func isBlank(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
        var i = range.lowerBound
        while i < range.upperBound {
            let w = whitespaceWidth(bytes, at: i, limit: range.upperBound)
            if w == 0 { return false }
            i += w
        }
        return true
    }

    /// True when `range` contains `needle`.
    static func contains(_ bytes: [UInt8], _ range: Range<Int>, _ needle: [UInt8]) -> Bool {
        firstIndex(of: needle, in: bytes, range) != nil
    }

    /// First offset of `needle` in `range`.
    static func firstIndex(of needle: [UInt8], in bytes: [UInt8], _ range: Range<Int>) -> Int? {
        guard let first = needle.first, needle.count <= range.count else { return nil }
        var i = range.lowerBound
        let last = range.upperBound - needle.count
        while i <= last {
            if bytes[i] == first {
                var k = 1
                while k < needle.count, bytes[i + k] == needle[k] { k += 1 }
                if k == needle.count { return i }
            }
            i += 1
        }
        return nil
    }

    /// True when the whole text contains `needle` (a cheap memchr-style pass).
    static func contains(_ bytes: [UInt8], _ needle: [UInt8]) -> Bool {
        firstIndex(of: needle, in: bytes, 0..<bytes.count) != nil
    }
}
