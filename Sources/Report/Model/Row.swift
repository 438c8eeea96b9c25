/// Text written in a row's name/label cell: a 科目名称 or a row label such as `本年收入合计`.
public struct RowText: Sendable, Hashable, Codable {
    /// The text as written, markup (`<b>`, `**`) removed; pieces of a wrapped cell joined without separator.
    public var written: String
    /// `written` with every whitespace removed and half-width parentheses made full-width.
    public var normalized: String
    /// From the first to the last character of the text (may span several lines when wrapped).
    public var range: SourceRange

    public init(written: String, normalized: String, range: SourceRange) {
        self.written = written
        self.normalized = normalized
        self.range = range
    }
}

/// A printed integer with its range: a 行次.
public struct RowNumber: Sendable, Hashable, Codable {
    public var value: Int
    public var range: SourceRange

    public init(value: Int, range: SourceRange) {
        self.value = value
        self.range = range
    }
}

/// One logical row of a table. A physical line of a two-sided table (01, 04) yields
/// two rows (one per side); a line of 06 yields one row per code group; a row wrapped
/// over several lines (space-separated PDF text) is one row.
public struct Row: Sendable, Hashable, Codable {
    /// From the first to the last character that belongs to the row.
    public var range: SourceRange
    /// For two-sided tables: the half this row belongs to.
    public var side: TableSide?
    /// 科目代码, when the row has one.
    public var code: SubjectCode?
    /// 科目名称 or row label.
    public var name: RowText?
    /// The role of a standard label (本年收入合计, 一、一般公共预算财政拨款收入, 合计 …).
    public var labelRole: RowLabelRole?
    /// For 01/04 支出 类 lines: the function 类 code the label names (`一、一般公共服务支出` → `201`).
    public var categoryCode: String?
    /// 行次, when printed.
    public var number: RowNumber?
    /// 06: 人员经费 or 公用经费 (by the code's 类: 301 and 303 are 人员经费).
    public var group: ExpenditureGroup?
    /// 06: which of the printed code/name/amount groups (0-based) the row came from.
    public var columnGroup: Int?
    /// The cells, in source order. Space-separated rows hold only the cells that were written.
    public var cells: [Cell]

    public init(range: SourceRange, side: TableSide? = nil, code: SubjectCode? = nil, name: RowText? = nil,
                labelRole: RowLabelRole? = nil, categoryCode: String? = nil, number: RowNumber? = nil,
                group: ExpenditureGroup? = nil, columnGroup: Int? = nil, cells: [Cell] = []) {
        self.range = range
        self.side = side
        self.code = code
        self.name = name
        self.labelRole = labelRole
        self.categoryCode = categoryCode
        self.number = number
        self.group = group
        self.columnGroup = columnGroup
        self.cells = cells
    }

    /// True for 合计 / 总计 / 本年收入合计 … rows.
    public var isTotal: Bool { labelRole?.isTotal ?? false }

    /// What the row says about column `columnIndex` (an index into `Table.columns`).
    public func reading(column columnIndex: Int) -> ColumnReading {
        var undetermined = false
        for (i, cell) in cells.enumerated() {
            if cell.column == columnIndex {
                switch cell.value {
                case .amount(let a): return .amount(a, cellIndex: i)
                case .blank: return .blank
                case .notApplicable: return .notApplicable
                }
            }
            if case .ambiguous(let candidates) = cell.assignment, candidates.contains(columnIndex) {
                undetermined = true
            }
        }
        return undetermined ? .undetermined : .blank
    }

    /// The cell assigned (certainly or by inference) to column `columnIndex`.
    public func cell(column columnIndex: Int) -> Cell? {
        cells.first { $0.column == columnIndex }
    }

    /// The figure of column `columnIndex`, nil when blank, not applicable or undetermined.
    public func amount(column columnIndex: Int) -> Amount? {
        cell(column: columnIndex)?.amount
    }

    /// The same row with every range moved by `delta` bytes (relative ↔ absolute, see `Table.origin`).
    public func shifted(by delta: Int) -> Row {
        guard delta != 0 else { return self }
        var copy = self
        copy.range = range.shifted(by: delta)
        copy.code = code?.shifted(by: delta)
        if var n = name { n.range = n.range.shifted(by: delta); copy.name = n }
        if var n = number { n.range = n.range.shifted(by: delta); copy.number = n }
        copy.cells = cells.map { $0.shifted(by: delta) }
        return copy
    }
}
