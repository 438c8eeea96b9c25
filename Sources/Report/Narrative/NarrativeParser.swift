/// Parses the narrative (non-table) regions of a report into parts, sections,
/// sentences, clauses and numeric mentions. Never fails; linear in the input.
public enum NarrativeParser {
    /// Parses `regions` (byte ranges of non-table text, in document order) of `bytes`.
    /// Ranges are clamped to the text; a range that starts before the end of the previous one is cut.
    public static func parse(_ bytes: [UInt8], regions: [SourceRange]) -> Narrative {
        Narrative(blocks: clamped(regions, count: bytes.count).map { parseBlock(bytes, region: $0) })
    }

    /// `regions` clamped to `0..<count`, each starting no earlier than the previous one ends.
    static func clamped(_ regions: [SourceRange], count: Int) -> [SourceRange] {
        var result: [SourceRange] = []
        result.reserveCapacity(regions.count)
        var floor = 0
        for region in regions {
            let start = max(floor, min(region.start, count))
            let end = max(start, min(region.end, count))
            floor = end
            result.append(SourceRange(start: start, end: end))
        }
        return result
    }

    /// Parses the whole text as one narrative region.
    public static func parse(_ bytes: [UInt8]) -> Narrative {
        parse(bytes, regions: [SourceRange(start: 0, end: bytes.count)])
    }

    /// Parses one region on its own (for incremental re-parsing of the region an edit touched).
    /// `earlier`: blocks of an earlier parse of the text around the edit, whose sentences are reused
    /// where the region's sentences come out the same (the result is that of a parse without them).
    public static func parseBlock(_ bytes: [UInt8], region: SourceRange, earlier: [NarrativeBlock] = []) -> NarrativeBlock {
        let start = max(0, min(region.start, bytes.count))
        let end = max(start, min(region.end, bytes.count))
        let lines = lineRanges(bytes, start..<end)
        let widths = lines.map { LineNormalizer.displayWidth(bytes, line: $0) }
        var proseWidths = widths
        for k in lines.indices where !isProse(bytes, line: lines[k]) { proseWidths[k] = 0 }
        let wrap = WrapWidth(widths: proseWidths)
        var assembler = SentenceAssembler()
        if !earlier.isEmpty { assembler.reuse = SentenceReuse(earlier) }
        var headings: [NarrativeHeading] = []
        // The running sentence looked finished at the end of the previous line: it is
        // closed unless the next line starts with its unit or punctuation (`个，`, `万元，`).
        var pendingFinish = false
        var pendingAfterDigit = false
        var normalized = NormalizedTextBuilder()
        for (lineNumber, line) in lines.enumerated() {
            LineNormalizer.normalize(bytes, line: line, into: &normalized)
            let kind = NarrativeLineKind.classify(bytes, line: line, normalized: normalized.text)
            if pendingFinish, kind != .blank, kind != .pageFooter {
                pendingFinish = false
                if !(kind == .text || kind == .lonePunctuation) || !startsWithContinuation(normalized.text, afterDigit: pendingAfterDigit) { assembler.finish() }
            }
            switch kind {
            case .blank, .pageFooter:
                continue
            case .tableOfContents:
                assembler.finish()
                continue
            case .lonePunctuation:
                if assembler.isOpen { assembler.feed(normalized, from: 0) }
                continue
            case .part(let number, let markerLength):
                assembler.finish()
                headings.append(heading(.part(number: number), normalized, markerLength: markerLength, bytes: bytes, line: line))
                assembler.feed(normalized, from: markerLength, startsAtHeading: true)
            case .section(let level, let ordinal, let markerLength):
                assembler.finish()
                headings.append(heading(.section(level: level, ordinal: ordinal), normalized, markerLength: markerLength, bytes: bytes, line: line))
                assembler.feed(normalized, from: markerLength, startsAtHeading: true)
            case .text:
                assembler.feed(normalized, from: 0)
            }
            if assembler.isOpen, !continuesAfterLineEnd(normalized.text, width: widths[lineNumber], wrap: wrap) {
                pendingFinish = true
                pendingAfterDigit = normalized.text.last.map(NarrativeBytes.isDigit) ?? false
            }
        }
        assembler.finish()
        return NarrativeBlock(region: SourceRange(start: start, end: end), headings: headings, sentences: assembler.sentences)
    }

    /// A sentence goes on after a line break when the line ends in clause punctuation,
    /// has clause punctuation inside (a wrapped paragraph), or fills a hard-wrapped width.
    private static func continuesAfterLineEnd(_ t: [UInt8], width: Int, wrap: WrapWidth) -> Bool {
        if wrap.isFull(width) { return true }
        var i = 0
        while i < t.count {
            if NarrativeBytes.clauseSeparatorLength(t, at: i, end: t.count) != nil { return true }
            i += NarrativeBytes.characterWidth(t, at: i, end: t.count)
        }
        return false
    }

    /// A line of running text: no TAB, and some full-width clause punctuation (`，。；：`).
    private static func isProse(_ bytes: [UInt8], line: Range<Int>) -> Bool {
        var i = line.lowerBound
        var punctuation = false
        while i < line.upperBound {
            let b = bytes[i]
            if b == 0x09 { return false }
            if b == 0xE3 || b == 0xEF, NarrativeBytes.clauseSeparatorLength(bytes, at: i, end: line.upperBound) != nil { punctuation = true }
            i += NarrativeBytes.characterWidth(bytes, at: i, end: line.upperBound)
        }
        return punctuation
    }

    /// A line that can only continue the previous one: it starts with punctuation, or the
    /// previous line ended with a digit and this one starts with its unit, measure word or
    /// `%` (`内设机构 4` ⏎ `个，包括：…`).
    private static func startsWithContinuation(_ t: [UInt8], afterDigit: Bool) -> Bool {
        guard let first = t.first else { return false }
        if NarrativeBytes.isPunctuation(t, at: 0, end: t.count) { return true }
        guard afterDigit else { return false }
        if first == 0x25 { return true }
        for unit in continuationUnits where NarrativeBytes.hasPrefix(t, at: 0, unit) { return true }
        return MeasureWord.match(t, at: 0, end: t.count) != nil && !NarrativeBytes.hasPrefix(t, at: 0, yearWord)
    }
    private static let continuationUnits: [[UInt8]] = ["万元", "亿元", "元"].map { Array($0.utf8) }
    private static let yearWord = Array("年".utf8)

    private static func heading(_ kind: NarrativeHeading.Kind, _ n: NormalizedTextBuilder, markerLength: Int,
                                bytes: [UInt8], line: Range<Int>) -> NarrativeHeading {
        let marker = min(markerLength, n.text.count)
        var titleStart = marker
        while titleStart < n.text.count, n.text[titleStart] == 0x20 { titleStart += 1 }
        var lo = line.lowerBound, hi = line.upperBound
        while lo < hi, let w = LineNormalizer.whitespaceLength(bytes, at: lo, end: hi) { lo += w }
        while hi > lo, bytes[hi - 1] == 0x20 || bytes[hi - 1] == 0x09 { hi -= 1 }
        return NarrativeHeading(kind: kind, marker: NarrativeBytes.string(n.text, 0..<marker),
                                title: NarrativeBytes.string(n.text, titleStart..<n.text.count),
                                lineRange: SourceRange(start: lo, end: hi))
    }

    /// Content ranges of the lines in `range` (terminators LF, CRLF, CR excluded).
    static func lineRanges(_ bytes: [UInt8], _ range: Range<Int>) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var lineStart = range.lowerBound
        var i = range.lowerBound
        while i < range.upperBound {
            let b = bytes[i]
            if b == 0x0A || b == 0x0D {
                result.append(lineStart..<i)
                if b == 0x0D, i + 1 < range.upperBound, bytes[i + 1] == 0x0A { i += 1 }
                lineStart = i + 1
            }
            i += 1
        }
        if lineStart < range.upperBound { result.append(lineStart..<range.upperBound) }
        return result
    }
}
