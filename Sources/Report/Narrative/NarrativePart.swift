/// A part of the report (`第一部分 概况` … `第五部分 附件`) with its sections.
public struct NarrativePart: Equatable, Sendable {
    /// 1 for 第一部分 …
    public var number: Int
    public var heading: NarrativeHeading
    /// From the part heading to the next part heading (or the end of the last region).
    public var range: SourceRange
    /// Indices into `Narrative.sentences` of the sentences inside `range`.
    public var sentenceIndices: Range<Int>
    /// Top-level sections of the part (usually `一、…`).
    public var sections: [NarrativeSection]

    public init(number: Int, heading: NarrativeHeading, range: SourceRange, sentenceIndices: Range<Int>, sections: [NarrativeSection]) {
        self.number = number
        self.heading = heading
        self.range = range
        self.sentenceIndices = sentenceIndices
        self.sections = sections
    }

    /// The part's title (`概况`, `情况说明`, `2024年度部门决算情况说明`).
    public var title: String { heading.title }
}
