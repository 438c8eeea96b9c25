/// The narrative of one region (a run of non-table text): its heading lines and
/// sentences, in order. Blocks are parsed independently, so an edit inside a
/// region re-parses only that region; `Narrative(blocks:)` assembles the tree.
/// Moving a block after an edit elsewhere is O(headings): sentences are shifted on access.
public struct NarrativeBlock: Equatable, Sendable {
    public private(set) var region: SourceRange
    public private(set) var headings: [NarrativeHeading]
    private let parsedSentences: [NarrativeSentence]
    /// How far the text moved since the block was parsed.
    private var offsetShift = 0

    public init(region: SourceRange, headings: [NarrativeHeading], sentences: [NarrativeSentence]) {
        self.region = region
        self.headings = headings
        self.parsedSentences = sentences
    }

    /// The block's sentences, in order.
    public var sentences: [NarrativeSentence] {
        offsetShift == 0 ? parsedSentences : parsedSentences.map { $0.shifted(by: offsetShift) }
    }

    /// Number of sentences.
    public var sentenceCount: Int { parsedSentences.count }

    /// The sentence at `index` (0-based within the block).
    public func sentence(_ index: Int) -> NarrativeSentence {
        offsetShift == 0 ? parsedSentences[index] : parsedSentences[index].shifted(by: offsetShift)
    }

    /// Index (within the block) of the first sentence starting at or after `offset`.
    func firstSentence(startingAtOrAfter offset: Int) -> Int {
        let target = offset - offsetShift
        var lo = 0, hi = parsedSentences.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if parsedSentences[mid].start < target { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    /// The same block with every source offset moved by `delta` (for blocks after an edit).
    public func shifted(by delta: Int) -> NarrativeBlock {
        var copy = self
        copy.region = region.shifted(by: delta)
        copy.headings = headings.map { $0.shifted(by: delta) }
        copy.offsetShift += delta
        return copy
    }

    public static func == (lhs: NarrativeBlock, rhs: NarrativeBlock) -> Bool {
        lhs.region == rhs.region && lhs.headings == rhs.headings && lhs.sentenceCount == rhs.sentenceCount
            && (0..<lhs.sentenceCount).allSatisfy { lhs.sentence($0) == rhs.sentence($0) }
    }
}
