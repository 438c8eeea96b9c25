/// A problem the parser met. Parsing never fails: it reads what it can and
/// records what it could not read exactly.
public struct ParseNote: Sendable, Hashable, Codable {
    public var code: ParseNoteCode
    /// An English explanation with the specifics (which cell, which candidates).
    public var message: String
    public var range: SourceRange

    public init(code: ParseNoteCode, message: String, range: SourceRange) {
        self.code = code
        self.message = message
        self.range = range
    }

    func shifted(by delta: Int) -> ParseNote {
        var copy = self
        copy.range = range.shifted(by: delta)
        return copy
    }
}

/// Stable codes of parse notes.
public enum ParseNoteCode: String, Sendable, Hashable, Codable {
    /// A space-separated amount whose column could not be decided (spec §1.3 f: 列归属不确定).
    case ambiguousColumn = "parse.ambiguous-column"
    /// A space-separated amount whose column was recovered from arithmetic or another table.
    case inferredColumn = "parse.inferred-column"
    /// A row has more amounts than the table has columns.
    case extraCells = "parse.extra-cells"
    /// A line inside a table that is neither a header, a row nor a note.
    case unrecognizedLine = "parse.unrecognized-line"
    /// A table whose columns could not be matched to the template.
    case unknownColumns = "parse.unknown-columns"
    /// A `公开NN表` table whose title is not a known table.
    case unknownTable = "parse.unknown-table"
    /// A cell that looks like a number but cannot be read as one.
    case malformedNumber = "parse.malformed-number"
    /// A figure with two readings (`10,998`: 10.998 with a decimal comma, or 10998), not read (spec V-17).
    case ambiguousNumber = "parse.ambiguous-number"
}
