/// Normalises one physical line of narrative text.
///
/// Drops heading/emphasis markup (`#`, `**`, `<b>`, `</b>`, Markdown bullets,
/// LaTeX `$`), turns full-width digits, `％`, `（）` and `．` into ASCII, LaTeX
/// `\geq`/`\leq`/`\%` into `≥`/`≤`/`%`, and removes whitespace except a single
/// space between two ASCII letters or digits (`395.87 万元` → `395.87万元`,
/// `27.84 %` → `27.84%`, `OA 1` stays). Every output byte keeps its source offset.
enum LineNormalizer {
    private static let tags: [[UInt8]] = ["<b>", "</b>", "<B>", "</B>", "<strong>", "</strong>", "<br>", "<br/>", "<br />"].map { Array($0.utf8) }
    private static let latex: [([UInt8], [UInt8])] = [
        ("\\geq", "≥"), ("\\leq", "≤"), ("\\ge", "≥"), ("\\le", "≤"), ("\\%", "%"), ("\\times", "×"),
    ].map { (Array($0.0.utf8), Array($0.1.utf8)) }

    static func normalize(_ bytes: [UInt8], line: Range<Int>) -> NormalizedTextBuilder {
        var out = NormalizedTextBuilder()
        normalize(bytes, line: line, into: &out)
        return out
    }

    /// Normalises `line` into `out` (emptied first).
    static func normalize(_ bytes: [UInt8], line: Range<Int>, into out: inout NormalizedTextBuilder) {
        out.removeAll()
        var i = line.lowerBound
        let end = line.upperBound
        i = skipLeadingMarkup(bytes, from: i, end: end)
        var lastEmitted: UInt8 = 0
        var runStart = i   // start of the pending verbatim run [runStart, i)
        func flush() {
            if runStart < i { out.appendVerbatim(bytes, runStart..<i) }
        }
        while i < end {
            let b = bytes[i]
            // Fast path: CJK characters (lead bytes E4…E9) and ASCII letters, digits and
            // ordinary punctuation are copied as they are.
            if b >= 0xE4 && b <= 0xE9, i + 2 < end, bytes[i + 1] & 0xC0 == 0x80, bytes[i + 2] & 0xC0 == 0x80 {
                lastEmitted = b
                i += 3
                continue
            }
            if b >= 0x21 && b < 0x7F && b != 0x3C && b != 0x2A && b != 0x24 && b != 0x5C {
                lastEmitted = b
                i += 1
                continue
            }
            flush()
            defer { runStart = i }
            // Markup tags and emphasis.
            if b == 0x3C, let tag = tags.first(where: { NarrativeBytes.hasPrefix(bytes, at: i, $0, end: end) }) {
                i += tag.count; continue
            }
            if b == 0x2A, i + 1 < end, bytes[i + 1] == 0x2A { i += 2; continue }
            if b == 0x24 { i += 1; continue }    // LaTeX $
            if b == 0x5C, let (from, to) = latex.first(where: { NarrativeBytes.hasPrefix(bytes, at: i, $0.0, end: end) }) {
                out.append(to, source: i..<(i + from.count), verbatim: false)
                lastEmitted = to.last ?? 0
                i += from.count; continue
            }
            // Whitespace runs.
            if let w = whitespaceLength(bytes, at: i, end: end) {
                var j = i + w
                while j < end, let w2 = whitespaceLength(bytes, at: j, end: end) { j += w2 }
                let next = j < end ? asciiEquivalent(bytes, at: j, end: end) : nil
                if NarrativeBytes.isASCIIAlphanumeric(lastEmitted), let n = next, NarrativeBytes.isASCIIAlphanumeric(n) {
                    out.append([0x20], source: i..<j, verbatim: false)
                    lastEmitted = 0x20
                }
                i = j; continue
            }
            // Full-width forms that have an ASCII meaning.
            if b == 0xEF, let a = asciiEquivalent(bytes, at: i, end: end) {
                out.append([a], source: i..<(i + 3), verbatim: false)
                lastEmitted = a
                i += 3; continue
            }
            guard let width = validSequenceLength(bytes, at: i, end: end) else {
                // Invalid UTF-8: one replacement character per bad byte keeps the text valid.
                out.append(replacementCharacter, source: i..<(i + 1), verbatim: false)
                lastEmitted = 0
                i += 1
                continue
            }
            out.appendVerbatim(bytes, i..<(i + width))
            lastEmitted = b
            i += width
        }
        flush()
    }

    private static let replacementCharacter: [UInt8] = [0xEF, 0xBF, 0xBD]

    /// Length of the well-formed UTF-8 sequence at `i`, or nil when it is not well formed.
    @inline(__always)
    static func validSequenceLength(_ bytes: [UInt8], at i: Int, end: Int) -> Int? {
        let b = bytes[i]
        if b < 0x80 { return 1 }
        let width: Int
        var low: UInt8 = 0x80, high: UInt8 = 0xBF
        switch b {
        case 0xC2...0xDF: width = 2
        case 0xE0: width = 3; low = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: width = 3
        case 0xED: width = 3; high = 0x9F
        case 0xF0: width = 4; low = 0x90
        case 0xF1...0xF3: width = 4
        case 0xF4: width = 4; high = 0x8F
        default: return nil
        }
        guard i + width <= end else { return nil }
        let second = bytes[i + 1]
        guard second >= low && second <= high else { return nil }
        var k = 2
        while k < width {
            guard bytes[i + k] & 0xC0 == 0x80 else { return nil }
            k += 1
        }
        return width
    }

    /// Skips `#…# `, `- `, `* `, `+ ` and leading whitespace/markup at the start of a line.
    private static func skipLeadingMarkup(_ bytes: [UInt8], from start: Int, end: Int) -> Int {
        var i = start
        var progressed = true
        while progressed && i < end {
            progressed = false
            while i < end, let w = whitespaceLength(bytes, at: i, end: end) { i += w; progressed = true }
            if i < end, bytes[i] == 0x23 {
                var j = i
                while j < end, bytes[j] == 0x23 { j += 1 }
                if j == end || bytes[j] == 0x20 || bytes[j] == 0x09 { i = j; progressed = true; continue }
            }
            if i + 1 < end, bytes[i] == 0x2D || bytes[i] == 0x2B || bytes[i] == 0x2A, bytes[i + 1] == 0x20 {
                i += 2; progressed = true; continue
            }
            if let tag = tags.first(where: { NarrativeBytes.hasPrefix(bytes, at: i, $0, end: end) }) {
                i += tag.count; progressed = true; continue
            }
            if i + 1 < end, bytes[i] == 0x2A, bytes[i + 1] == 0x2A { i += 2; progressed = true }
        }
        return i
    }

    /// Byte length of a whitespace character at `i` (space, TAB, U+3000, U+00A0).
    @inline(__always)
    static func whitespaceLength(_ bytes: [UInt8], at i: Int, end: Int) -> Int? {
        let b = bytes[i]
        if b == 0x20 || b == 0x09 || b == 0x0B || b == 0x0C { return 1 }
        if b == 0xE3, NarrativeBytes.hasPrefix(bytes, at: i, NarrativeBytes.ideographicSpace, end: end) { return 3 }
        if b == 0xC2, NarrativeBytes.hasPrefix(bytes, at: i, NarrativeBytes.noBreakSpace, end: end) { return 2 }
        return nil
    }

    /// The ASCII byte a character normalises to: itself for ASCII, or the ASCII form
    /// of a full-width digit, `％`, `（`, `）`, `．`; nil otherwise.
    @inline(__always)
    static func asciiEquivalent(_ bytes: [UInt8], at i: Int, end: Int) -> UInt8? {
        let b = bytes[i]
        if b < 0x80 { return b }
        guard b == 0xEF, i + 2 < end, bytes[i + 1] == 0xBC else { return nil }
        let c = bytes[i + 2]
        switch c {
        case 0x90...0x99: return c - 0x90 + 0x30
        case 0x85: return 0x25   // ％
        case 0x88: return 0x28   // （
        case 0x89: return 0x29   // ）
        case 0x8E: return 0x2E   // ．
        default: return nil
        }
    }

    /// Approximate display width of a raw line (ASCII 1, other characters 2), markup included.
    static func displayWidth(_ bytes: [UInt8], line: Range<Int>) -> Int {
        var width = 0
        var i = line.lowerBound
        while i < line.upperBound {
            let b = bytes[i]
            if b < 0x80 {
                if b != 0x20 && b != 0x09 { width += 1 }
                i += 1
            } else {
                width += 2
                i += NarrativeBytes.characterWidth(bytes, at: i, end: line.upperBound)
            }
        }
        return width
    }
}
