/// A numbered section of the narrative (`一、…`, `（一）…`, `1、…`, `（1）…`) with its subsections.
public struct NarrativeSection: Equatable, Sendable {
    /// 1 for `一、`, 2 for `（一）`, 3 for `1、`/`1.`, 4 for `（1）`.
    public var level: Int
    /// The written number (`十三、` → 13).
    public var ordinal: Int
    public var heading: NarrativeHeading
    /// From the heading line to the next heading of the same or a higher level (or the part's end).
    public var range: SourceRange
    /// Indices into `Narrative.sentences` of the sentences inside `range` (subsections included).
    public var sentenceIndices: Range<Int>
    public var children: [NarrativeSection]

    public init(level: Int, ordinal: Int, heading: NarrativeHeading, range: SourceRange,
                sentenceIndices: Range<Int>, children: [NarrativeSection]) {
        self.level = level
        self.ordinal = ordinal
        self.heading = heading
        self.range = range
        self.sentenceIndices = sentenceIndices
        self.children = children
    }

    /// The heading's title (`收入决算情况说明`).
    public var title: String { heading.title }
}
