/// One sentence of the narrative: it ends at `。！？`, at a heading, or where a
/// paragraph visibly ends, and may run over line breaks and blank lines.
public struct NarrativeSentence: Equatable, Sendable {
    /// Normalised text: markup stripped, full-width digits/parentheses/`％` in ASCII,
    /// hard-wrap line breaks and stray spaces removed.
    public var text: String
    /// Where every byte of `text` came from.
    public var sourceMap: TextSourceMap
    /// Smallest source range covering the sentence.
    public var range: SourceRange
    /// The source pieces, one per physical line the sentence spans (in order).
    public var lineRanges: [SourceRange]
    public var clauses: [NarrativeClause]
    public var mentions: [NumericMention]
    /// The list the sentence enumerates, if any (`分别是：1、…；2、…`).
    public var enumeration: EnumeratedList?
    /// True when the sentence starts on a heading line (its text is the heading title after the ordinal).
    public var startsAtHeading: Bool

    public init(text: String, sourceMap: TextSourceMap, range: SourceRange, lineRanges: [SourceRange],
                clauses: [NarrativeClause], mentions: [NumericMention], enumeration: EnumeratedList?, startsAtHeading: Bool) {
        self.text = text
        self.sourceMap = sourceMap
        self.range = range
        self.lineRanges = lineRanges
        self.clauses = clauses
        self.mentions = mentions
        self.enumeration = enumeration
        self.startsAtHeading = startsAtHeading
    }

    /// The exact source ranges of a byte range of `text` (several when it spans lines or dropped spaces).
    public func sourceRanges(ofText range: Range<Int>) -> [SourceRange] {
        sourceMap.sourceRanges(ofText: range)
    }

    /// The mention whose number-and-unit span touches a source offset.
    public func mention(at offset: Int) -> NumericMention? {
        mentions.first { $0.range.touches(offset) }
    }

    func shifted(by delta: Int) -> NarrativeSentence {
        var copy = self
        copy.sourceMap = sourceMap.shifted(by: delta)
        copy.range = range.shifted(by: delta)
        copy.lineRanges = lineRanges.map { $0.shifted(by: delta) }
        copy.clauses = clauses.map { c in var c = c; c.range = c.range?.shifted(by: delta); return c }
        copy.mentions = mentions.map { $0.shifted(by: delta) }
        if var e = enumeration {
            e.items = e.items.map { item in var item = item; item.range = item.range?.shifted(by: delta); return item }
            copy.enumeration = e
        }
        return copy
    }
}
