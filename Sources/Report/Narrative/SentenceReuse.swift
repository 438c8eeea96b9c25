/// The sentences of an earlier parse of the text around an edit, found again by their text. Analysing
/// a sentence (clauses, numeric mentions, enumerations) is a pure function of its normalised text,
/// its source map, its lines and whether it starts at a heading: an assembled sentence whose four are
/// those of an earlier sentence, moved, *is* that sentence moved. A keystroke in a long region then
/// analyses the one sentence it changed instead of all of them.
struct SentenceReuse {
    /// Earlier sentences by the bytes of their text (several may share a text).
    private var byText: [TextKey: [NarrativeSentence]] = [:]

    init(_ blocks: [NarrativeBlock]) {
        for block in blocks {
            for k in 0..<block.sentenceCount {
                let sentence = block.sentence(k)
                byText[TextKey(sentence.text), default: []].append(sentence)
            }
        }
    }

    /// The earlier sentence that `built` (text and map), `lineRanges` and `startsAtHeading` describe,
    /// moved to where `built` is; nil when there is none (the sentence is analysed afresh).
    func sentence(_ built: NormalizedTextBuilder, lineRanges: [SourceRange], startsAtHeading: Bool) -> NarrativeSentence? {
        guard !byText.isEmpty, let range = built.map.coveringSourceRange(ofText: 0..<built.text.count),
              let candidates = byText[TextKey(bytes: built.text)] else { return nil }
        for old in candidates where old.startsAtHeading == startsAtHeading && old.lineRanges.count == lineRanges.count {
            let delta = range.start - old.range.start
            guard old.range.shifted(by: delta) == range,
                  zip(old.lineRanges, lineRanges).allSatisfy({ $0.shifted(by: delta) == $1 }),
                  old.sourceMap.shifted(by: delta) == built.map else { continue }
            return old.shifted(by: delta)
        }
        return nil
    }

    /// A text by its UTF-8 bytes (Swift's own `String` hashing normalises CJK text first, which is slow).
    private struct TextKey: Hashable {
        let bytes: [UInt8]
        init(_ text: String) { bytes = Array(text.utf8) }
        init(bytes: [UInt8]) { self.bytes = bytes }

        func hash(into hasher: inout Hasher) {
            bytes.withUnsafeBytes { hasher.combine(bytes: $0) }
        }
    }
}
