/// One amount column of a table. Label and 行次 columns are not columns here:
/// they are a row's `name` and `number`.
public struct Column: Sendable, Hashable, Codable {
    /// Position in `Table.columns`.
    public var index: Int
    /// The printed 栏次 number, when the table prints one.
    public var number: Int?
    /// The header label with all whitespace removed (`上缴上级支出`), or the standard label.
    public var label: String
    /// What the column means.
    public var role: ColumnRole
    /// For two-sided tables (01, 04): which half the column belongs to.
    public var side: TableSide?

    public init(index: Int, number: Int? = nil, label: String, role: ColumnRole, side: TableSide? = nil) {
        self.index = index
        self.number = number
        self.label = label
        self.role = role
        self.side = side
    }
}

/// The 收入 or 支出 half of a two-sided table (01, 04).
public enum TableSide: String, Sendable, Hashable, Codable {
    case income        // 收入
    case expenditure   // 支出
}
