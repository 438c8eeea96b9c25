/// Text normalisation shared by the parser: whitespace removed, full-width digits and
/// full stop folded to ASCII, half-width parentheses and colon made full-width
/// (`titleKey` also drops quotes).
enum TextNormalizer {
    static func normalize(_ s: String) -> String { normalize(s, droppingQuotes: false) }

    /// `normalize` plus quotes (“”"'‘’「」) removed, for matching titles.
    static func titleKey(_ s: String) -> String { normalize(s, droppingQuotes: true) }

    /// Byte-level normalisation (fast in unoptimised builds too).
    private static func normalize(_ s: String, droppingQuotes: Bool) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(s.utf8.count)
        var copy = s
        copy.withUTF8 { b in
            var i = 0
            let n = b.count
            while i < n {
                let c = b[i]
                switch c {
                case 0x20, 0x09, 0x0A, 0x0D, 0x0B, 0x0C: i += 1; continue
                case 0x28: out.append(contentsOf: [0xEF, 0xBC, 0x88]); i += 1; continue        // ( → （
                case 0x29: out.append(contentsOf: [0xEF, 0xBC, 0x89]); i += 1; continue        // ) → ）
                case 0x3A: out.append(contentsOf: [0xEF, 0xBC, 0x9A]); i += 1; continue        // : → ：
                case 0x22 where droppingQuotes, 0x27 where droppingQuotes: i += 1; continue
                default: break
                }
                if c == 0xC2, i + 1 < n, b[i + 1] == 0xA0 { i += 2; continue }                   // NBSP
                if c == 0xE3, i + 2 < n, b[i + 1] == 0x80 {
                    if b[i + 2] == 0x80 { i += 3; continue }                                      // U+3000
                    if droppingQuotes, b[i + 2] == 0x8C || b[i + 2] == 0x8D { i += 3; continue }  // 「」
                }
                if c == 0xEF, i + 2 < n, b[i + 1] == 0xBC {
                    let d = b[i + 2]
                    if d >= 0x90 && d <= 0x99 { out.append(d - 0x90 + 0x30); i += 3; continue }    // full-width digits
                    if d == 0x8E { out.append(0x2E); i += 3; continue }                          // ．
                }
                if droppingQuotes, c == 0xE2, i + 2 < n, b[i + 1] == 0x80, b[i + 2] >= 0x98 && b[i + 2] <= 0x9D {
                    i += 3; continue                                                              // ‘ ’ “ ”
                }
                out.append(c)
                i += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Substring test on UTF-8 bytes (faster than `String.contains` in unoptimised builds).
    static func contains(_ haystack: String, _ needle: String) -> Bool {
        let h = Array(haystack.utf8)
        return ByteText.firstIndex(of: Array(needle.utf8), in: h, 0..<h.count) != nil
    }

    static let chineseDigits: [Character: Int] = ["一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10, "〇": 0, "零": 0]

    /// Value of a Chinese numeral up to 99 (`十三` → 13, `二十六` → 26).
    static func chineseNumber(_ s: Substring) -> Int? {
        guard !s.isEmpty, s.count <= 3 else { return nil }
        var total = 0, current = 0
        for ch in s {
            guard let v = chineseDigits[ch] else { return nil }
            if v == 10 { total += (current == 0 ? 1 : current) * 10; current = 0 } else { current = v }
        }
        return total + current
    }

    /// Splits a leading Chinese ordinal `一、` / `（一）` / `1.` off a normalised label.
    static func strippingOrdinal(_ s: String) -> (ordinal: Int?, rest: String) {
        if let idx = s.firstIndex(of: "、") {
            let head = s[s.startIndex..<idx]
            if let n = chineseNumber(head) { return (n, String(s[s.index(after: idx)...])) }
            if let n = Int(head) { return (n, String(s[s.index(after: idx)...])) }
        }
        if s.hasPrefix("（"), let close = s.firstIndex(of: "）") {
            let head = s[s.index(after: s.startIndex)..<close]
            if let n = chineseNumber(head) ?? Int(head) { return (n, String(s[s.index(after: close)...])) }
        }
        var digits = ""
        for ch in s { if ch.isASCII && ch.isNumber { digits.append(ch) } else { break } }
        if !digits.isEmpty, digits.count <= 2 {
            let rest = s.dropFirst(digits.count)
            if rest.hasPrefix(".") || rest.hasPrefix("．") { return (Int(digits), String(rest.dropFirst())) }
        }
        return (nil, s)
    }
}
