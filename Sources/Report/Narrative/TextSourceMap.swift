/// Maps positions in a normalised text (UTF-8 byte offsets into the normalised
/// string) back to byte offsets in the source document.
///
/// The normalised text is built from runs of the source: a *verbatim* segment
/// copies source bytes one for one (so every byte inside maps linearly); a
/// *replaced* segment stands for a source span as a whole (a full-width digit
/// `３` → `3`, `\%` → `%`, a run of spaces → one space). Bytes dropped from the
/// source (line breaks, markup, most spaces) fall between segments, so a range
/// of the normalised text can map to several source pieces.
public struct TextSourceMap: Equatable, Sendable {
    /// One run of the normalised text and the source bytes it came from.
    public struct Segment: Equatable, Sendable {
        public var textStart: Int
        public var textEnd: Int
        public var sourceStart: Int
        public var sourceEnd: Int
        /// True when the text bytes are a byte-for-byte copy of the source bytes.
        public var isVerbatim: Bool
    }

    public private(set) var segments: [Segment] = []

    public init() {}

    /// Length of the normalised text covered so far.
    public var textLength: Int { segments.last?.textEnd ?? 0 }

    /// Empties the map, keeping its storage.
    mutating func removeAll() { segments.removeAll(keepingCapacity: true) }

    /// Records that `textLength` new normalised bytes came from `source`.
    mutating func append(textLength length: Int, source: Range<Int>, verbatim: Bool) {
        let start = textLength
        if verbatim, var last = segments.last, last.isVerbatim, last.sourceEnd == source.lowerBound {
            last.textEnd += length
            last.sourceEnd = source.upperBound
            segments[segments.count - 1] = last
            return
        }
        segments.append(Segment(textStart: start, textEnd: start + length,
                                sourceStart: source.lowerBound, sourceEnd: source.upperBound,
                                isVerbatim: verbatim))
    }

    /// Index of the segment containing text offset `offset` (the last one for the end).
    private func segmentIndex(containing offset: Int) -> Int? {
        guard !segments.isEmpty else { return nil }
        var lo = 0, hi = segments.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if segments[mid].textStart <= offset { lo = mid } else { hi = mid - 1 }
        }
        return lo
    }

    /// The source byte offset of a normalised-text offset (the start of the source
    /// character it came from; the end of the text maps to the end of the last piece).
    public func sourceOffset(ofTextOffset offset: Int) -> Int? {
        guard let index = segmentIndex(containing: offset) else { return nil }
        let s = segments[index]
        if offset >= s.textEnd { return s.sourceEnd }
        if offset <= s.textStart { return s.sourceStart }
        return s.isVerbatim ? s.sourceStart + (offset - s.textStart) : s.sourceStart
    }

    /// The exact source ranges of a range of the normalised text, in order;
    /// adjacent pieces are merged. Empty for an empty or out-of-range input.
    public func sourceRanges(ofText range: Range<Int>) -> [SourceRange] {
        guard range.lowerBound < range.upperBound, var index = segmentIndex(containing: range.lowerBound) else { return [] }
        var result: [SourceRange] = []
        while index < segments.count {
            let s = segments[index]
            if s.textStart >= range.upperBound { break }
            let lo = max(range.lowerBound, s.textStart)
            let hi = min(range.upperBound, s.textEnd)
            if lo < hi {
                let piece: SourceRange
                if s.isVerbatim {
                    piece = SourceRange(start: s.sourceStart + (lo - s.textStart), end: s.sourceStart + (hi - s.textStart))
                } else {
                    piece = SourceRange(start: s.sourceStart, end: s.sourceEnd)
                }
                if let last = result.last, last.end == piece.start {
                    result[result.count - 1] = SourceRange(start: last.start, end: piece.end)
                } else {
                    result.append(piece)
                }
            }
            index += 1
        }
        return result
    }

    /// The smallest source range covering a range of the normalised text.
    public func coveringSourceRange(ofText range: Range<Int>) -> SourceRange? {
        guard range.lowerBound < range.upperBound, range.lowerBound < textLength, range.upperBound > 0,
              let first = segmentIndex(containing: max(0, range.lowerBound)),
              let last = segmentIndex(containing: min(range.upperBound, textLength) - 1) else { return nil }
        let a = segments[first], b = segments[last]
        let lo = max(range.lowerBound, a.textStart)
        let hi = min(range.upperBound, b.textEnd)
        let start = a.isVerbatim ? a.sourceStart + (lo - a.textStart) : a.sourceStart
        let end = b.isVerbatim ? b.sourceStart + (hi - b.textStart) : b.sourceEnd
        return SourceRange(start: start, end: max(start, end))
    }

    /// The same map with every source offset moved by `delta`.
    public func shifted(by delta: Int) -> TextSourceMap {
        var copy = self
        for i in copy.segments.indices {
            copy.segments[i].sourceStart += delta
            copy.segments[i].sourceEnd += delta
        }
        return copy
    }
}
