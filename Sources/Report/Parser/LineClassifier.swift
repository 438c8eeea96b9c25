/// What a line of a document is, as far as block segmentation is concerned.
enum LineClass: Equatable {
    case blank
    /// A table title; `titleRange` is the title text (absolute), `number` a marker on the same line.
    case tableTitle(TableKind, title: String, titleRange: Range<Int>, number: Int?, numberRange: Range<Int>?)
    /// `第N部分 …` (not a TOC entry).
    case partHeading(Int)
    /// `2024年度部门决算公开` and similar report titles.
    case reportTitle
    /// A `注：` line.
    case note
    /// A `说明：` line.
    case explanation
    case other
}

/// Classifies single lines. Cheap byte checks first; Swift strings only for candidate lines.
enum LineClassifier {
    private static let biao: [UInt8] = Array("表".utf8)
    private static let zhu: [UInt8] = Array("注".utf8)
    private static let shuoming: [UInt8] = Array("说明".utf8)

    static func classify(_ bytes: [UInt8], _ line: Range<Int>) -> LineClass {
        let content = ByteText.trimmed(bytes, stripHeadingMarks(bytes, line))
        if content.isEmpty { return .blank }
        if content.count > 300 { return startsWithNote(bytes, content) }
        // One pass: grid rows (several TABs) are never titles; look for 表 / 部分 / 决算.
        var tabs = 0, hasBiao = false, hasBufen = false, hasJuesuan = false
        var i = content.lowerBound
        let end = content.upperBound
        while i < end {
            let b = bytes[i]
            if b == 0x09 {
                tabs += 1
            } else if i + 2 < end {
                if b == 0xE8, bytes[i + 1] == 0xA1, bytes[i + 2] == 0xA8 { hasBiao = true }                       // 表
                else if b == 0xE9, bytes[i + 1] == 0x83, bytes[i + 2] == 0xA8, i + 5 < end,
                        bytes[i + 3] == 0xE5, bytes[i + 4] == 0x88, bytes[i + 5] == 0x86 { hasBufen = true }   // 部分
                else if b == 0xE5, bytes[i + 1] == 0x86, bytes[i + 2] == 0xB3, i + 5 < end,
                        bytes[i + 3] == 0xE7, bytes[i + 4] == 0xAE, bytes[i + 5] == 0x97 { hasJuesuan = true }  // 决算
            }
            i += 1
        }
        if tabs >= 2 || (!hasBiao && !hasBufen && !hasJuesuan) { return startsWithNote(bytes, content) }
        let noteKind = startsWithNote(bytes, content)
        if noteKind != .other { return noteKind }
        let raw = ByteText.text(bytes, content)
        let key = TextNormalizer.titleKey(raw)
        if hasBufen, let n = partNumber(key), !isTOCEntry(bytes, line) { return .partHeading(n) }
        if hasBiao {
            let (title, number) = TableTitles.splitMarker(key)
            if let kind = TableTitles.kind(ofKey: title) {
                let (titleRange, numberRange) = splitTitleRange(bytes, content, hasNumber: number != nil)
                return .tableTitle(kind, title: title, titleRange: titleRange, number: number, numberRange: numberRange)
            }
        }
        if hasJuesuan, !hasBiao, isReportTitle(key), !isTOCEntry(bytes, line) { return .reportTitle }
        return startsWithNote(bytes, content)
    }

    /// A `公开NN表` marker line (possibly without `表`), with its number.
    static func marker(_ key: String) -> Int? {
        guard key.hasPrefix("公开") else { return nil }
        let (rest, number) = TableTitles.splitMarker(key)
        return rest.isEmpty ? number : nil
    }

    /// `.note`, `.explanation` or `.other` from the line's first characters only (cheap).
    static func noteKind(_ bytes: [UInt8], _ line: Range<Int>) -> LineClass {
        let content = ByteText.trimmed(bytes, stripHeadingMarks(bytes, line))
        if content.isEmpty { return .blank }
        return startsWithNote(bytes, content)
    }

    private static let colon: [UInt8] = Array("：".utf8)
    private static let gongkai: [UInt8] = Array("公开".utf8)

    private static func startsWithNote(_ bytes: [UInt8], _ content: Range<Int>) -> LineClass {
        if hasPrefix(bytes, content, zhu), content.count > 3 {
            let next = content.lowerBound + 3
            if bytes[next] == 0x3A || hasPrefix(bytes, next..<content.upperBound, colon) { return .note }
        }
        if hasPrefix(bytes, content, shuoming) {
            let next = content.lowerBound + 6
            if next < content.upperBound, bytes[next] == 0x3A || hasPrefix(bytes, next..<content.upperBound, colon) {
                return .explanation
            }
        }
        return .other
    }

    @inline(__always)
    static func hasPrefix(_ bytes: [UInt8], _ range: Range<Int>, _ prefix: [UInt8]) -> Bool {
        guard range.count >= prefix.count else { return false }
        for k in 0..<prefix.count where bytes[range.lowerBound + k] != prefix[k] { return false }
        return true
    }

    /// Drops Markdown heading marks (`### `) at the start of a line.
    static func stripHeadingMarks(_ bytes: [UInt8], _ line: Range<Int>) -> Range<Int> {
        var lo = line.lowerBound
        while lo < line.upperBound, bytes[lo] == 0x20 { lo += 1 }
        var hashes = lo
        while hashes < line.upperBound, bytes[hashes] == 0x23 { hashes += 1 }
        if hashes > lo, hashes - lo <= 6 { return hashes..<line.upperBound }
        return line
    }

    /// `第三部分…` → 3.
    static func partNumber(_ key: String) -> Int? {
        guard key.hasPrefix("第"), let r = key.firstRange(of: "部分") else { return nil }
        let numeral = key[key.index(after: key.startIndex)..<r.lowerBound]
        return TextNormalizer.chineseNumber(numeral) ?? Int(numeral)
    }

    /// A TOC entry ends with a page number after a TAB or a dotted leader.
    static func isTOCEntry(_ bytes: [UInt8], _ line: Range<Int>) -> Bool {
        let t = ByteText.trimmed(bytes, line)
        guard !t.isEmpty else { return false }
        var i = t.upperBound
        var sawDigit = false
        while i > t.lowerBound, bytes[i - 1] >= 0x30 && bytes[i - 1] <= 0x39 { sawDigit = true; i -= 1 }
        guard sawDigit, i > t.lowerBound else { return false }
        // skip markup / spaces / dashes between the leader and the number (`- 1 -`, `<b>1</b>`)
        let before = ByteText.trimmed(bytes, t.lowerBound..<i)
        guard before.upperBound > before.lowerBound else { return false }
        let p = bytes[before.upperBound - 1]
        if p == 0x2E { return true }                            // .....
        if bytes[before.upperBound..<i].contains(0x09) { return true }
        if ByteText.contains(bytes, before.upperBound..<i, [0x09]) { return true }
        // TAB somewhere before the number
        var j = i - 1
        while j >= t.lowerBound, bytes[j] != 0x09 {
            if bytes[j] >= 0x80 { return false }
            j -= 1
        }
        return j >= t.lowerBound
    }

    /// `2024年度部门决算公开`, `2024年度单位决算`, `XX局2024年部门决算`.
    static func isReportTitle(_ key: String) -> Bool {
        guard key.count <= 40, TextNormalizer.strippingOrdinal(key).ordinal == nil else { return false }
        guard key.contains("部门决算") || key.contains("单位决算") else { return false }
        guard ["决算", "决算公开", "决算报告", "决算信息公开", "决算说明"].contains(where: { key.hasSuffix($0) }) else { return false }
        // must contain a year
        var digits = 0
        for ch in key {
            if ch.isASCII && ch.isNumber { digits += 1; if digits == 4 { return true } } else { digits = 0 }
        }
        return false
    }

    /// Splits the title range from a `公开NN表` marker on the same line.
    private static func splitTitleRange(_ bytes: [UInt8], _ content: Range<Int>, hasNumber: Bool) -> (Range<Int>, Range<Int>?) {
        guard hasNumber, let g = ByteText.firstIndex(of: gongkai, in: bytes, content) else { return (content, nil) }
        if g == content.lowerBound {
            // marker first: title after the marker
            var i = g + 6
            while i < content.upperBound, bytes[i] == 0x20 || (bytes[i] >= 0x30 && bytes[i] <= 0x39) { i += 1 }
            if ByteText.contains(bytes, i..<min(content.upperBound, i + 3), biao) { i += 3 }
            return (ByteText.trimmed(bytes, i..<content.upperBound), g..<i)
        }
        // marker last; drop a trailing (2024年度) from the marker range too
        return (ByteText.trimmed(bytes, content.lowerBound..<g), ByteText.trimmed(bytes, g..<content.upperBound))
    }
}
