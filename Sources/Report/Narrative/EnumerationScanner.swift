/// Finds the list a sentence enumerates after `分别是`/`分别为`/`包括`/`包含`.
enum EnumerationScanner {
    private static let introducers = ByteLiteralSet(["分别是", "分别为", "包括", "包含"])
    private static let deng = Array("等".utf8)

    static func scan(_ t: [UInt8], slice: TextSlicer, map: TextSourceMap) -> EnumeratedList? {
        let end = t.count
        var p = 0
        var found: [UInt8]?
        while p < end, found == nil {
            found = introducers.match(t, at: p, end: end)
            if found == nil { p += NarrativeBytes.characterWidth(t, at: p, end: end) }
        }
        guard let introducer = found else { return nil }
        var q = p + introducer.count
        if NarrativeBytes.hasPrefix(t, at: q, NarrativeBytes.fullColon, end: end) { q += 3 } else if q < end, t[q] == 0x3A { q += 1 }
        var stop = end
        while stop > q, let n = terminatorBefore(t, stop) { stop -= n }
        guard q < stop else { return nil }
        let items: [EnumeratedList.Item]
        let numbered = NarrativeBytes.asciiInteger(t, at: q, end: stop).map { $0.value == 1 && isItemMarker(t, q + $0.length, stop) } ?? false
        if numbered {
            items = numberedItems(t, from: q, to: stop, slice: slice, map: map)
        } else {
            // A plain list ends at the first `；`/`;`/`。`.
            var e = q
            while e < stop {
                if NarrativeBytes.hasPrefix(t, at: e, NarrativeBytes.fullSemicolon, end: stop) || t[e] == 0x3B { break }
                e += NarrativeBytes.characterWidth(t, at: e, end: stop)
            }
            items = plainItems(t, from: q, to: e, slice: slice, map: map)
        }
        guard !items.isEmpty else { return nil }
        return EnumeratedList(introducer: String(decoding: introducer, as: UTF8.self),
                              introducerTextRange: p..<(p + introducer.count), isNumbered: numbered, items: items)
    }

    private static func terminatorBefore(_ t: [UInt8], _ e: Int) -> Int? {
        for p in NarrativeBytes.terminators where NarrativeBytes.hasSuffix(t, end: e, p) { return p.count }
        return e > 0 && (t[e - 1] == 0x2E || t[e - 1] == 0x21 || t[e - 1] == 0x3F) ? 1 : nil
    }

    /// `、` or `.` (not a decimal point) after an item number.
    private static func isItemMarker(_ t: [UInt8], _ i: Int, _ end: Int) -> Bool {
        if NarrativeBytes.hasPrefix(t, at: i, NarrativeBytes.enumerationComma, end: end) { return true }
        return i < end && t[i] == 0x2E && !(i + 1 < end && NarrativeBytes.isDigit(t[i + 1]))
    }

    private static func numberedItems(_ t: [UInt8], from q: Int, to stop: Int, slice: TextSlicer, map: TextSourceMap) -> [EnumeratedList.Item] {
        // Positions of the markers 1、 2、 3、 … in sequence (the number need not follow a separator).
        var markers: [(number: Int, start: Int, textStart: Int)] = []
        var expected = 1
        var i = q
        while i < stop {
            if NarrativeBytes.isDigit(t[i]), !(i > q && NarrativeBytes.isDigit(t[i - 1])),
               let (value, length) = NarrativeBytes.asciiInteger(t, at: i, end: stop), value == expected,
               isItemMarker(t, i + length, stop) {
                let markerLength = NarrativeBytes.hasPrefix(t, at: i + length, NarrativeBytes.enumerationComma, end: stop) ? 3 : 1
                markers.append((value, i, i + length + markerLength))
                expected += 1
                i += length + markerLength
                continue
            }
            i += NarrativeBytes.characterWidth(t, at: i, end: stop)
        }
        var items: [EnumeratedList.Item] = []
        for (k, marker) in markers.enumerated() {
            let itemEnd = k + 1 < markers.count ? markers[k + 1].start : stop
            items.append(item(t, marker.textStart..<itemEnd, number: marker.number, slice: slice, map: map))
        }
        return items
    }

    private static func plainItems(_ t: [UInt8], from q: Int, to e: Int, slice: TextSlicer, map: TextSourceMap) -> [EnumeratedList.Item] {
        var items: [EnumeratedList.Item] = []
        var start = q
        var i = q
        while i <= e {
            let atSeparator = i < e && (NarrativeBytes.hasPrefix(t, at: i, NarrativeBytes.enumerationComma, end: e)
                || NarrativeBytes.hasPrefix(t, at: i, NarrativeBytes.fullComma, end: e) || t[i] == 0x2C)
            if i == e || atSeparator {
                let candidate = item(t, start..<i, number: nil, slice: slice, map: map)
                if !candidate.text.isEmpty { items.append(candidate) }
                if i == e { break }
                let width = t[i] == 0x2C ? 1 : 3
                i += width
                start = i
                continue
            }
            i += NarrativeBytes.characterWidth(t, at: i, end: e)
        }
        return items
    }

    /// An item with trailing separators and a trailing `等` removed.
    private static func item(_ t: [UInt8], _ range: Range<Int>, number: Int?, slice: TextSlicer, map: TextSourceMap) -> EnumeratedList.Item {
        var lo = range.lowerBound, hi = range.upperBound
        var trimmed = true
        while trimmed && hi > lo {
            trimmed = false
            if t[hi - 1] == 0x20 || t[hi - 1] == 0x3B || t[hi - 1] == 0x2C { hi -= 1; trimmed = true; continue }
            for p in [NarrativeBytes.fullSemicolon, NarrativeBytes.fullComma, NarrativeBytes.enumerationComma, deng]
            where hi - p.count >= lo && NarrativeBytes.hasSuffix(t, end: hi, p) {
                hi -= p.count; trimmed = true; break
            }
        }
        while lo < hi, t[lo] == 0x20 { lo += 1 }
        return EnumeratedList.Item(text: slice(lo..<hi), textRange: lo..<hi,
                                   range: map.coveringSourceRange(ofText: lo..<hi), number: number)
    }
}
