/// One sentence of the narrative: it ends at `。！？`, at a heading, or where a
/// paragraph visibly ends, and may run over line breaks and blank lines.
///
/// Source offsets are kept as parsed plus one pending shift, so moving a sentence
/// after an edit earlier in the text is O(1); the public properties apply the shift.
public struct NarrativeSentence: Equatable, Sendable {
    /// Normalised text: markup stripped, full-width digits/parentheses/`％` in ASCII,
    /// hard-wrap line breaks and stray spaces removed.
    public let text: String
    /// True when the sentence starts on a heading line (its text is the heading title after the ordinal).
    public let startsAtHeading: Bool

    private let parsedSourceMap: TextSourceMap
    private let parsedRange: SourceRange
    private let parsedLineRanges: [SourceRange]
    private let parsedClauses: [NarrativeClause]
    private let parsedMentions: [NumericMention]
    private let parsedEnumeration: EnumeratedList?
    /// How far the text moved since the sentence was parsed.
    private var offsetShift = 0

    public init(text: String, sourceMap: TextSourceMap, range: SourceRange, lineRanges: [SourceRange],
                clauses: [NarrativeClause], mentions: [NumericMention], enumeration: EnumeratedList?, startsAtHeading: Bool) {
        self.text = text
        self.parsedSourceMap = sourceMap
        self.parsedRange = range
        self.parsedLineRanges = lineRanges
        self.parsedClauses = clauses
        self.parsedMentions = mentions
        self.parsedEnumeration = enumeration
        self.startsAtHeading = startsAtHeading
    }

    /// Smallest source range covering the sentence.
    public var range: SourceRange { parsedRange.shifted(by: offsetShift) }

    /// Source offset of the sentence's first byte.
    var start: Int { parsedRange.start + offsetShift }

    /// Where every byte of `text` came from.
    public var sourceMap: TextSourceMap {
        offsetShift == 0 ? parsedSourceMap : parsedSourceMap.shifted(by: offsetShift)
    }

    /// The source pieces, one per physical line the sentence spans (in order).
    public var lineRanges: [SourceRange] {
        offsetShift == 0 ? parsedLineRanges : parsedLineRanges.map { $0.shifted(by: offsetShift) }
    }

    public var clauses: [NarrativeClause] {
        offsetShift == 0 ? parsedClauses : parsedClauses.map { $0.shifted(by: offsetShift) }
    }

    public var mentions: [NumericMention] {
        offsetShift == 0 ? parsedMentions : parsedMentions.map { $0.shifted(by: offsetShift) }
    }

    /// The list the sentence enumerates, if any (`分别是：1、…；2、…`).
    public var enumeration: EnumeratedList? {
        offsetShift == 0 ? parsedEnumeration : parsedEnumeration?.shifted(by: offsetShift)
    }

    /// The exact source ranges of a byte range of `text` (several when it spans lines or dropped spaces).
    public func sourceRanges(ofText range: Range<Int>) -> [SourceRange] {
        let pieces = parsedSourceMap.sourceRanges(ofText: range)
        return offsetShift == 0 ? pieces : pieces.map { $0.shifted(by: offsetShift) }
    }

    /// The mention whose number-and-unit span touches a source offset.
    public func mention(at offset: Int) -> NumericMention? {
        parsedMentions.first { $0.range.touches(offset - offsetShift) }?.shifted(by: offsetShift)
    }

    /// The same sentence moved by `delta` bytes (O(1)).
    func shifted(by delta: Int) -> NarrativeSentence {
        var copy = self
        copy.offsetShift += delta
        return copy
    }

    public static func == (lhs: NarrativeSentence, rhs: NarrativeSentence) -> Bool {
        if lhs.offsetShift == rhs.offsetShift {
            return lhs.text == rhs.text && lhs.startsAtHeading == rhs.startsAtHeading
                && lhs.parsedRange == rhs.parsedRange && lhs.parsedSourceMap == rhs.parsedSourceMap
                && lhs.parsedLineRanges == rhs.parsedLineRanges && lhs.parsedClauses == rhs.parsedClauses
                && lhs.parsedMentions == rhs.parsedMentions && lhs.parsedEnumeration == rhs.parsedEnumeration
        }
        return lhs.text == rhs.text && lhs.startsAtHeading == rhs.startsAtHeading && lhs.range == rhs.range
            && lhs.sourceMap == rhs.sourceMap && lhs.lineRanges == rhs.lineRanges && lhs.clauses == rhs.clauses
            && lhs.mentions == rhs.mentions && lhs.enumeration == rhs.enumeration
    }
}
