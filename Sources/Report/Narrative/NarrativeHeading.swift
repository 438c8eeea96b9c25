/// A heading line of the narrative, recognised by its ordinal prefix only
/// (`第一部分`, `一、`, `（一）`/`(一)`, `1、`/`1.`, `（1）`); markup such as `#`, `**`
/// or `<b>` does not change the level.
public struct NarrativeHeading: Equatable, Sendable {
    public enum Kind: Equatable, Sendable {
        /// `第N部分`.
        case part(number: Int)
        /// Level 1 `一、`, 2 `（一）`, 3 `1、`/`1.`, 4 `（1）`; `ordinal` is the written number.
        case section(level: Int, ordinal: Int)
    }

    public var kind: Kind
    /// The ordinal marker as normalised (`第三部分`, `五、`, `(一)`, `1、`).
    public var marker: String
    /// The rest of the heading line, normalised (`情况说明`, `收入决算情况说明`).
    public var title: String
    /// Source range of the heading line's content.
    public var lineRange: SourceRange

    public init(kind: Kind, marker: String, title: String, lineRange: SourceRange) {
        self.kind = kind
        self.marker = marker
        self.title = title
        self.lineRange = lineRange
    }

    func shifted(by delta: Int) -> NarrativeHeading {
        var copy = self
        copy.lineRange = lineRange.shifted(by: delta)
        return copy
    }
}
