/// A piece of a sentence between clause punctuation (`，,；;。：:！？`).
public struct NarrativeClause: Equatable, Sendable {
    /// Normalised text of the clause, without its terminator.
    public var text: Substring
    /// Byte range of the clause in the sentence's normalised text (terminator excluded).
    public var textRange: Range<Int>
    /// Smallest source range covering the clause (nil for an empty clause).
    public var range: SourceRange?
    /// The punctuation that ends the clause (`，`, `;`, `。`…), nil at the end of an unterminated sentence.
    public var terminator: String?
    /// Direction/comparison words anywhere in the clause, in order (`与上年相同` → `.unchanged`).
    public var directions: [ChangeDirection]

    public init(text: Substring, textRange: Range<Int>, range: SourceRange?, terminator: String?, directions: [ChangeDirection]) {
        self.text = text
        self.textRange = textRange
        self.range = range
        self.terminator = terminator
        self.directions = directions
    }

    func shifted(by delta: Int) -> NarrativeClause {
        var copy = self
        copy.range = range?.shifted(by: delta)
        return copy
    }
}
