/// Accumulates normalised text bytes together with their `TextSourceMap`.
struct NormalizedTextBuilder {
    var text: [UInt8] = []
    var map = TextSourceMap()

    var isEmpty: Bool { text.isEmpty }

    /// Empties the builder, keeping its storage (one builder is reused for every line).
    mutating func removeAll() {
        text.removeAll(keepingCapacity: true)
        map.removeAll()
    }

    mutating func append(_ bytes: [UInt8], source: Range<Int>, verbatim: Bool) {
        guard !bytes.isEmpty else { return }
        text.append(contentsOf: bytes)
        map.append(textLength: bytes.count, source: source, verbatim: verbatim)
    }

    /// Copies `source[range]` verbatim.
    mutating func appendVerbatim(_ source: [UInt8], _ range: Range<Int>) {
        guard !range.isEmpty else { return }
        text.append(contentsOf: source[range])
        map.append(textLength: range.count, source: range, verbatim: true)
    }

    /// Copies `other.text[range]` with its mapping (used to move a line into a sentence).
    mutating func append(from other: NormalizedTextBuilder, textRange range: Range<Int>) {
        guard !range.isEmpty else { return }
        for segment in other.map.segments {
            let lo = max(range.lowerBound, segment.textStart)
            let hi = min(range.upperBound, segment.textEnd)
            guard lo < hi else { continue }
            text.append(contentsOf: other.text[lo..<hi])
            if segment.isVerbatim {
                let start = segment.sourceStart + (lo - segment.textStart)
                map.append(textLength: hi - lo, source: start..<(start + hi - lo), verbatim: true)
            } else {
                map.append(textLength: hi - lo, source: segment.sourceStart..<segment.sourceEnd, verbatim: false)
            }
        }
    }
}
