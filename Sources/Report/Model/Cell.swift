/// What a cell holds.
public enum CellValue: Sendable, Hashable, Codable {
    /// A figure, with its decimals as written (`194.9` keeps one decimal).
    case amount(Amount)
    /// An empty cell (kept by TAB / pipe / HTML layouts; dropped by space-separated text).
    case blank
    /// A "not applicable" mark: a run of dashes (`——`, `———`).
    case notApplicable
}

/// How sure the parser is of the column a cell belongs to.
public enum ColumnAssignment: Sendable, Hashable, Codable {
    /// Read from the layout itself (TAB position, or the first amount of a row = its total).
    case certain
    /// Recovered from arithmetic (the 合计 row, another table's same code, another table's totals).
    case inferred
    /// Several columns are possible; the candidates are indices into `Table.columns`.
    /// Checks must not emit column-specific diagnostics for such a cell.
    case ambiguous(candidates: [Int])
}

/// One cell of a row.
public struct Cell: Sendable, Hashable, Codable {
    public var value: CellValue
    /// The cell's exact text (without markup). For a blank cell of a TAB row, an empty range at the cell's place.
    public var range: SourceRange
    /// Position of the cell in its physical row (TAB field index, or token index for space-separated rows).
    public var position: Int
    /// Index into `Table.columns`, or nil when the column is ambiguous or the table has no columns.
    public var column: Int?
    public var assignment: ColumnAssignment

    public init(value: CellValue, range: SourceRange, position: Int, column: Int?, assignment: ColumnAssignment = .certain) {
        self.value = value
        self.range = range
        self.position = position
        self.column = column
        self.assignment = assignment
    }

    /// The figure, when the cell holds one.
    public var amount: Amount? {
        if case .amount(let a) = value { return a }
        return nil
    }

    /// True when the column of this cell is not decided.
    public var isAmbiguous: Bool {
        if case .ambiguous = assignment { return true }
        return false
    }

    /// The same cell with its range moved by `delta` bytes.
    public func shifted(by delta: Int) -> Cell {
        var copy = self
        copy.range = range.shifted(by: delta)
        return copy
    }
}

/// What a row says about one column, as checks should read it.
public enum ColumnReading: Sendable, Hashable {
    /// The column holds this figure (the cell is at `cellIndex` in `Row.cells`).
    case amount(Amount, cellIndex: Int)
    /// The column is empty (read as zero by sums).
    case blank
    /// The column holds a not-applicable mark.
    case notApplicable
    /// An ambiguous cell of this row may belong to the column: nothing can be said.
    case undetermined
}
