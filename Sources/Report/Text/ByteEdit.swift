/// One replacement applied to a document's UTF-8 text: the bytes in `range`
/// (offsets in the text *before* the edit) were replaced by `replacementLength`
/// new bytes. The document store reports edits in this form so that the parser
/// can re-parse only what an edit touched.
public struct ByteEdit: Sendable, Hashable {
    public var range: SourceRange
    public var replacementLength: Int

    public init(range: SourceRange, replacementLength: Int) {
        self.range = range
        self.replacementLength = replacementLength
    }

    /// How much every offset after the edit moves.
    public var delta: Int { replacementLength - range.length }

    /// Where `range` (in the text before the edit) stands after it, when it lies wholly before or
    /// wholly after the replaced bytes, not touching them; nil when it touches them (its text may
    /// have changed, or an insertion at its edge may belong to it).
    public func moved(_ range: SourceRange) -> SourceRange? {
        if range.end < self.range.start { return range }
        if range.start > self.range.end { return range.shifted(by: delta) }
        return nil
    }
}
