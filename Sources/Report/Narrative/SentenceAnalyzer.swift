/// Turns the normalised text of one sentence into a `NarrativeSentence`
/// (clauses, numeric mentions, enumerated list).
enum SentenceAnalyzer {
    static func analyze(_ built: NormalizedTextBuilder, lineRanges: [SourceRange], startsAtHeading: Bool) -> NarrativeSentence? {
        let t = built.text
        guard let range = built.map.coveringSourceRange(ofText: 0..<t.count) else { return nil }
        let slice = TextSlicer(text: String(decoding: t, as: UTF8.self))
        let directions = ChangeDirection.all(in: t, range: 0..<t.count)
        let clauses = ClauseSplitter.split(t, slice: slice, map: built.map, directions: directions)
        let mentions = MentionScanner.scan(t, slice: slice, map: built.map, clauses: clauses, directions: directions)
        return NarrativeSentence(
            text: slice.text, sourceMap: built.map, range: range, lineRanges: lineRanges,
            clauses: clauses, mentions: mentions, enumeration: EnumerationScanner.scan(t, slice: slice, map: built.map),
            startsAtHeading: startsAtHeading)
    }
}
