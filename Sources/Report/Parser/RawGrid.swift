/// A cell as split from the source, before interpretation.
struct RawCell: Sendable {
    /// Trimmed text range (absolute); empty at the cell's place for an empty cell.
    var range: Range<Int>
    /// Text without markup, trimmed.
    var text: String
    /// `text` normalised (no whitespace, full-width parentheses).
    var key: String
    /// What the text reads as (computed once).
    var token: CellToken

    init(range: Range<Int>, text: String, key: String) {
        self.range = range
        self.text = text
        self.key = key
        self.token = CellToken.read(key)
    }

    var isEmpty: Bool { key.isEmpty }
}

/// One physical grid row (a line, or an HTML `<tr>`).
struct RawLine: Sendable {
    var range: Range<Int>
    var cells: [RawCell]

    /// Index of the first non-empty cell.
    var anchor: Int? { cells.firstIndex { !$0.isEmpty } }
    var nonEmpty: [RawCell] { cells.filter { !$0.isEmpty } }
    func cell(_ i: Int) -> RawCell? { i >= 0 && i < cells.count ? cells[i] : nil }
}

/// Splits the grid lines of a table into raw cells according to the layout.
enum RawGrid {
    private static let htmlMarks: [[UInt8]] = ["<td", "<TD", "<tr", "<TR", "<th"].map { Array($0.utf8) }

    static func detectLayout(_ bytes: [UInt8], lines: [Range<Int>]) -> TableLayout {
        var tabs = 0, pipes = 0
        for line in lines {
            if bytes[line].contains(0x3C), htmlMarks.contains(where: { ByteText.contains(bytes, line, $0) }) {
                return .html
            }
            let t = ByteText.trimmed(bytes, line)
            if !t.isEmpty, bytes[t.lowerBound] == 0x7C { pipes += 1 }
            if bytes[line].contains(0x09) { tabs += 1 }
        }
        if pipes >= 2 { return .pipe }
        if tabs > 0 { return .tabSeparated }
        return .spaceSeparated
    }

    static func split(_ bytes: [UInt8], lines: [Range<Int>], layout: TableLayout) -> [RawLine] {
        switch layout {
        case .html:
            guard let first = lines.first, let last = lines.last else { return [] }
            return htmlRows(bytes, first.lowerBound..<last.upperBound)
        case .pipe:
            return lines.compactMap { pipeRow(bytes, $0) }
        case .tabSeparated:
            return lines.compactMap { line in
                ByteText.isBlank(bytes, line) ? nil : RawLine(range: line, cells: fields(bytes, line, separator: 0x09))
            }
        case .spaceSeparated:
            return lines.compactMap { line in
                ByteText.isBlank(bytes, line) ? nil : RawLine(range: line, cells: spaceTokens(bytes, line))
            }
        }
    }

    static func makeCell(_ bytes: [UInt8], _ range: Range<Int>) -> RawCell {
        let t = ByteText.trimmed(bytes, range)
        if t.isEmpty { return RawCell(range: range.lowerBound..<range.lowerBound, text: "", key: "") }
        // Plain ASCII figures (most cells) need no markup removal nor normalisation.
        var plain = true
        for i in t where !(bytes[i] >= 0x30 && bytes[i] <= 0x39 || bytes[i] == 0x2E || bytes[i] == 0x2C || bytes[i] == 0x2D) {
            plain = false
            break
        }
        if plain {
            let text = String(decoding: bytes[t], as: UTF8.self)
            return RawCell(range: t, text: text, key: text)
        }
        let text = ByteText.text(bytes, t)
        return RawCell(range: t, text: text, key: TextNormalizer.normalize(text))
    }

    private static func fields(_ bytes: [UInt8], _ line: Range<Int>, separator: UInt8) -> [RawCell] {
        var cells: [RawCell] = []
        var s = line.lowerBound
        var i = line.lowerBound
        while i < line.upperBound {
            if bytes[i] == separator {
                cells.append(makeCell(bytes, s..<i))
                s = i + 1
            }
            i += 1
        }
        cells.append(makeCell(bytes, s..<line.upperBound))
        return cells
    }

    private static func pipeRow(_ bytes: [UInt8], _ line: Range<Int>) -> RawLine? {
        let t = ByteText.trimmed(bytes, line)
        guard !t.isEmpty else { return nil }
        var cells = fields(bytes, t, separator: 0x7C)
        if bytes[t.lowerBound] == 0x7C, !cells.isEmpty { cells.removeFirst() }
        if bytes[t.upperBound - 1] == 0x7C, !cells.isEmpty { cells.removeLast() }
        // |---|:--:| separator rows
        let isSeparator = !cells.isEmpty && cells.allSatisfy { c in !c.key.isEmpty && c.key.allSatisfy { $0 == "-" || $0 == "：" || $0 == ":" } }
        if isSeparator { return nil }
        return RawLine(range: line, cells: cells)
    }

    private static func spaceTokens(_ bytes: [UInt8], _ line: Range<Int>) -> [RawCell] {
        var cells: [RawCell] = []
        var i = line.lowerBound
        var tokenStart: Int?
        while i < line.upperBound {
            let w = ByteText.whitespaceWidth(bytes, at: i, limit: line.upperBound)
            if w > 0 {
                if let s = tokenStart { cells.append(makeCell(bytes, s..<i)); tokenStart = nil }
                i += w
            } else {
                if tokenStart == nil { tokenStart = i }
                i += 1
            }
        }
        if let s = tokenStart { cells.append(makeCell(bytes, s..<line.upperBound)) }
        return cells.filter { !$0.isEmpty }
    }

    /// Rows of `<tr>` elements; cells of `<td>`/`<th>`; `colspan` adds empty cells.
    private static func htmlRows(_ bytes: [UInt8], _ region: Range<Int>) -> [RawLine] {
        var rows: [RawLine] = []
        var i = region.lowerBound
        var rowStart: Int?
        var cells: [RawCell] = []
        var cellContentStart: Int?
        var colspan = 1

        func closeCell(at p: Int) {
            if let s = cellContentStart {
                cells.append(makeCell(bytes, s..<p))
                if colspan > 1 { for _ in 1..<colspan { cells.append(RawCell(range: p..<p, text: "", key: "")) } }
            }
            cellContentStart = nil
            colspan = 1
        }
        func closeRow(at p: Int) {
            closeCell(at: p)
            if let s = rowStart, !cells.isEmpty { rows.append(RawLine(range: s..<p, cells: cells)) }
            rowStart = nil
            cells = []
        }

        while i < region.upperBound {
            guard bytes[i] == 0x3C else { i += 1; continue }
            // read the tag name
            var j = i + 1
            let closing = j < region.upperBound && bytes[j] == 0x2F
            if closing { j += 1 }
            let nameStart = j
            while j < region.upperBound, (bytes[j] | 0x20) >= 0x61 && (bytes[j] | 0x20) <= 0x7A { j += 1 }
            let name = String(decoding: bytes[nameStart..<j].map { $0 | 0x20 }, as: UTF8.self)
            var tagEnd = j
            while tagEnd < region.upperBound, bytes[tagEnd] != 0x3E { tagEnd += 1 }
            let attributes = String(decoding: bytes[j..<min(tagEnd, region.upperBound)], as: UTF8.self)
            tagEnd = min(tagEnd + 1, region.upperBound)
            switch (name, closing) {
            case ("tr", false):
                closeRow(at: i)
                rowStart = i
            case ("tr", true), ("table", _), ("tbody", _), ("thead", _):
                closeRow(at: i)
            case ("td", false), ("th", false):
                closeCell(at: i)
                if rowStart == nil { rowStart = i }
                cellContentStart = tagEnd
                colspan = spanValue(attributes)
            case ("td", true), ("th", true):
                closeCell(at: i)
            default:
                break
            }
            i = tagEnd
        }
        closeRow(at: region.upperBound)
        return rows
    }

    private static func spanValue(_ attributes: String) -> Int {
        guard let r = attributes.lowercased().firstRange(of: "colspan") else { return 1 }
        var digits = ""
        for ch in attributes[r.upperBound...] {
            if ch.isASCII && ch.isNumber { digits.append(ch) } else if !digits.isEmpty { break }
        }
        return min(max(Int(digits) ?? 1, 1), 50)
    }
}
