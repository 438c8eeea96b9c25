/// Collects normalised line text into sentences, closing a sentence after `。！？`
/// (and any closing quote or bracket right after it) or when told to.
struct SentenceAssembler {
    private(set) var sentences: [NarrativeSentence] = []
    /// Sentences of an earlier parse, reused when a sentence comes out the same (see `SentenceReuse`).
    var reuse: SentenceReuse?
    private var current = NormalizedTextBuilder()
    private var currentLines: [SourceRange] = []
    private var currentStartsAtHeading = false
    private static let closers: [[UInt8]] = ["”", "’", "」", "』", "》"].map { Array($0.utf8) } + [[0x29], [0x22]]

    var isOpen: Bool { !current.isEmpty }

    /// Appends `line.text[from...]`, closing a sentence at every terminator.
    mutating func feed(_ line: NormalizedTextBuilder, from start: Int, startsAtHeading: Bool = false) {
        let t = line.text
        var chunkStart = min(max(0, start), t.count)
        while chunkStart < t.count, t[chunkStart] == 0x20 { chunkStart += 1 }
        if current.isEmpty { currentStartsAtHeading = startsAtHeading }
        var i = chunkStart
        while i < t.count {
            if let n = NarrativeBytes.terminatorLength(t, at: i, end: t.count) {
                var e = i + n
                while e < t.count, let closer = Self.closers.first(where: { NarrativeBytes.hasPrefix(t, at: e, $0) }) { e += closer.count }
                append(line, chunkStart..<e)
                finish()
                while e < t.count, t[e] == 0x20 { e += 1 }
                chunkStart = e
                i = e
                continue
            }
            i += NarrativeBytes.characterWidth(t, at: i, end: t.count)
        }
        append(line, chunkStart..<t.count)
    }

    private mutating func append(_ line: NormalizedTextBuilder, _ range: Range<Int>) {
        guard !range.isEmpty else { return }
        current.append(from: line, textRange: range)
        if let piece = line.map.coveringSourceRange(ofText: range) { currentLines.append(piece) }
    }

    /// Closes the running sentence (dropped when it holds nothing but punctuation and spaces).
    mutating func finish() {
        defer {
            current = NormalizedTextBuilder()
            currentLines = []
            currentStartsAtHeading = false
        }
        guard hasContent(current.text),
              let sentence = reuse?.sentence(current, lineRanges: currentLines, startsAtHeading: currentStartsAtHeading)
                ?? SentenceAnalyzer.analyze(current, lineRanges: currentLines, startsAtHeading: currentStartsAtHeading)
        else { return }
        sentences.append(sentence)
    }

    private func hasContent(_ t: [UInt8]) -> Bool {
        var i = 0
        while i < t.count {
            if t[i] != 0x20, !NarrativeBytes.isPunctuation(t, at: i, end: t.count) { return true }
            i += NarrativeBytes.characterWidth(t, at: i, end: t.count)
        }
        return false
    }
}
