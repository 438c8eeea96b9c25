/// What one physical line of a narrative region is.
enum NarrativeLineKind: Equatable {
    case blank
    /// A page number such as `- 6 -` or `第 6 页`.
    case pageFooter
    /// A table-of-contents entry: text, then TAB or dotted leaders, then a page number.
    case tableOfContents
    /// Only punctuation (`。`, `；`): kept in the running sentence, never a sentence of its own.
    case lonePunctuation
    /// `第一部分 …`; `markerLength` bytes of the normalised line are the marker.
    case part(number: Int, markerLength: Int)
    /// `一、` (level 1), `（一）` (2), `1、`/`1.` (3), `（1）` (4).
    case section(level: Int, ordinal: Int, markerLength: Int)
    case text

    /// Classifies a line from its raw bytes and its normalised text.
    static func classify(_ bytes: [UInt8], line: Range<Int>, normalized n: [UInt8]) -> NarrativeLineKind {
        if n.isEmpty { return .blank }
        if isPageFooter(bytes, line: line) { return .pageFooter }
        if isTableOfContents(bytes, line: line) { return .tableOfContents }
        if isOnlyPunctuation(n) { return .lonePunctuation }
        if let heading = heading(n) { return heading }
        return .text
    }

    private static func isOnlyPunctuation(_ n: [UInt8]) -> Bool {
        var i = 0
        while i < n.count {
            guard NarrativeBytes.isPunctuation(n, at: i, end: n.count) else { return false }
            i += NarrativeBytes.characterWidth(n, at: i, end: n.count)
        }
        return true
    }

    static func heading(_ n: [UInt8]) -> NarrativeLineKind? {
        let end = n.count
        // 第N部分
        if NarrativeBytes.hasPrefix(n, at: 0, NarrativeBytes.di, end: end),
           let (value, length) = NarrativeBytes.chineseNumeral(n, at: 3, end: end),
           NarrativeBytes.hasPrefix(n, at: 3 + length, NarrativeBytes.bufen, end: end) {
            return .part(number: value, markerLength: 3 + length + NarrativeBytes.bufen.count)
        }
        // 一、
        if let (value, length) = NarrativeBytes.chineseNumeral(n, at: 0, end: end),
           NarrativeBytes.hasPrefix(n, at: length, NarrativeBytes.enumerationComma, end: end) {
            return .section(level: 1, ordinal: value, markerLength: length + 3)
        }
        if n[0] == 0x28 {
            // (一)
            if let (value, length) = NarrativeBytes.chineseNumeral(n, at: 1, end: end), 1 + length < end, n[1 + length] == 0x29 {
                return .section(level: 2, ordinal: value, markerLength: length + 2)
            }
            // (1)
            if let (value, length) = NarrativeBytes.asciiInteger(n, at: 1, end: end), length <= 3, 1 + length < end, n[1 + length] == 0x29 {
                return .section(level: 4, ordinal: value, markerLength: length + 2)
            }
        }
        // 1、 or 1. (not a decimal such as 395.87)
        if let (value, length) = NarrativeBytes.asciiInteger(n, at: 0, end: end), length <= 3 {
            if NarrativeBytes.hasPrefix(n, at: length, NarrativeBytes.enumerationComma, end: end) {
                return .section(level: 3, ordinal: value, markerLength: length + 3)
            }
            if length < end, n[length] == 0x2E, !(length + 1 < end && NarrativeBytes.isDigit(n[length + 1])) {
                return .section(level: 3, ordinal: value, markerLength: length + 1)
            }
        }
        return nil
    }

    /// `- 6 -`, `— 6 —`, `第 6 页` (whitespace optional).
    private static let dash: [UInt8] = [0x2D], emDash = Array("—".utf8), page = Array("页".utf8)
    private static let footerDelimiters = [(dash, dash), (emDash, emDash), (NarrativeBytes.di, page)]
    private static let boldTags = [Array("</b>".utf8), Array("<b>".utf8)]

    private static func isPageFooter(_ bytes: [UInt8], line: Range<Int>) -> Bool {
        guard line.count <= 40 else { return false }
        var first = line.lowerBound
        while first < line.upperBound, let w = LineNormalizer.whitespaceLength(bytes, at: first, end: line.upperBound) { first += w }
        guard first < line.upperBound, bytes[first] == 0x2D || bytes[first] == 0xE2 || bytes[first] == 0xE7 else { return false }
        var compact: [UInt8] = []
        var i = line.lowerBound
        while i < line.upperBound {
            if let w = LineNormalizer.whitespaceLength(bytes, at: i, end: line.upperBound) { i += w; continue }
            compact.append(bytes[i])
            if compact.count > 24 { return false }
            i += 1
        }
        guard !compact.isEmpty else { return false }
        for (open, close) in footerDelimiters {
            guard NarrativeBytes.hasPrefix(compact, at: 0, open), NarrativeBytes.hasSuffix(compact, end: compact.count, close) else { continue }
            let digits = compact[open.count..<max(open.count, compact.count - close.count)]
            if !digits.isEmpty, digits.allSatisfy(NarrativeBytes.isDigit) { return true }
        }
        return false
    }

    /// Text, then a TAB or a dotted leader (`.....`, `……`, `···`), then a page number; `<b>` allowed.
    private static func isTableOfContents(_ bytes: [UInt8], line: Range<Int>) -> Bool {
        var e = line.upperBound
        let s = line.lowerBound
        func skipSpacesAndTags() {
            var again = true
            while again {
                again = false
                while e > s, bytes[e - 1] == 0x20 { e -= 1; again = true }
                for tag in boldTags where NarrativeBytes.hasSuffix(bytes, end: e, tag) && e - tag.count >= s {
                    e -= tag.count; again = true
                }
            }
        }
        skipSpacesAndTags()
        let digitsEnd = e
        while e > s, NarrativeBytes.isDigit(bytes[e - 1]) { e -= 1 }
        guard e < digitsEnd, digitsEnd - e <= 4, e > s else { return false }
        skipSpacesAndTags()
        guard e > s else { return false }
        let before = bytes[e - 1]
        let hasLeader = before == 0x09 || before == 0x2E
            || NarrativeBytes.hasSuffix(bytes, end: e, NarrativeBytes.ellipsis)
            || NarrativeBytes.hasSuffix(bytes, end: e, NarrativeBytes.middleDot)
        guard hasLeader else { return false }
        // There must be some text before the leader.
        var k = e - 1
        while k > s, bytes[k - 1] == 0x09 || bytes[k - 1] == 0x2E || bytes[k - 1] == 0x20 { k -= 1 }
        return k > s && !NarrativeBytes.isDigit(bytes[k - 1])
    }
}
