/// An error deliberately planted in a generated report, with the exact UTF-8 byte range of the
/// changed figure so tests can assert that a diagnostic lands on it.
public struct PlantedError: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// A table cell changed by a delta (its totals and copies elsewhere left as they were).
        case cellDelta
        /// A detail cell updated without updating the total above it (the total is now stale).
        case staleTotal
        /// An amount moved between two rows of one table (the table still adds up; it no
        /// longer agrees with the same rows in another table).
        case rowTransfer
        /// A narrative amount that differs from the table cell it quotes.
        case narrativeAmount
        /// A narrative percentage that differs from the ratio of its operands.
        case narrativePercent
        /// Two adjacent digits of a figure swapped.
        case swappedDigits
        /// A stated count that does not match the enumerated list (`设置N个…分别是`).
        case countMismatch
        /// A year that is not the reporting year (or its predecessor where one is meant).
        case wrongYear
    }

    public var kind: Kind
    /// The changed figure (for `.rowTransfer`, the receiving row's cell).
    public var range: Range<Int>
    /// Every figure changed by this error (includes `range`).
    public var changedRanges: [Range<Int>]
    /// Figures that now disagree with the changed one (stale totals, the other table's cell);
    /// a checker may report the error on one of these instead, naming the changed figure.
    public var relatedRanges: [Range<Int>]
    public var figure: GeneratedFigure.Kind
    public var originalText: String
    public var plantedText: String
    /// What a checker should say, in Chinese, as a reader would describe it.
    public var expectation: String
    public var department: Int
}

/// What to plant. Targets are named like `GeneratedFigure.Kind` (table, row, column / section, quantity).
public enum ErrorPlan: Sendable, Hashable {
    case cellDelta(table: String, row: String, column: String, delta: Int64)
    case staleTotal(table: String, row: String, column: String, delta: Int64)
    /// Moves `delta` from row `from` to row `to` in `column` and in the row-total column `totalColumn`.
    case rowTransfer(table: String, from: String, to: String, column: String, totalColumn: String, delta: Int64)
    case narrativeAmount(section: String, quantity: String, delta: Int64)
    case narrativePercent(section: String, quantity: String, delta: Int64)
    case swappedDigits(GeneratedFigure.Kind)
    case countMismatch(section: String, quantity: String, delta: Int)
    case wrongYear(section: String, quantity: String, delta: Int)
}
