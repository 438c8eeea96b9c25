/// The narrative of one region (a run of non-table text): its heading lines and
/// sentences, in order. Blocks are parsed independently, so an edit inside a
/// region re-parses only that region; `Narrative(blocks:)` assembles the tree.
public struct NarrativeBlock: Equatable, Sendable {
    public var region: SourceRange
    public var headings: [NarrativeHeading]
    public var sentences: [NarrativeSentence]

    public init(region: SourceRange, headings: [NarrativeHeading], sentences: [NarrativeSentence]) {
        self.region = region
        self.headings = headings
        self.sentences = sentences
    }

    /// The same block with every source offset moved by `delta` (for blocks after an edit).
    public func shifted(by delta: Int) -> NarrativeBlock {
        NarrativeBlock(region: region.shifted(by: delta),
                       headings: headings.map { $0.shifted(by: delta) },
                       sentences: sentences.map { $0.shifted(by: delta) })
    }
}
