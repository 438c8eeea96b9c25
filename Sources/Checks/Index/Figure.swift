import Report

/// One figure as a rule reads it: a table cell (written, blank, not applicable or
/// undetermined), where it is, and what to call it in a message.
public struct Figure: Sendable, Hashable {
    /// What the cell holds.
    public enum State: Sendable, Hashable {
        case written(Amount)
        /// Empty (or absent): read as zero by sums.
        case blank
        /// `——`: read as zero by sums.
        case notApplicable
        /// The cell's column is not decided: no identity involving it can be decided.
        case undetermined
    }

    public var state: State
    /// The cell itself when it exists (an empty range at its place for a blank TAB cell).
    public var cellRange: SourceRange?
    /// Where a finding about this figure points: the cell, or the row's code/label when the cell is absent.
    public var anchorRange: SourceRange?
    /// What the figure is called; turned into text only when a message needs it.
    var labelSource: FigureLabelSource
    /// Smallest number of decimals the figure is taken to carry (2 for money, 0 for counts).
    public var precisionFloor: Int

    public init(state: State, cellRange: SourceRange?, anchorRange: SourceRange?, label: LocalizedText,
                tableLabel: LocalizedText, precisionFloor: Int = 2) {
        self.init(state: state, cellRange: cellRange, anchorRange: anchorRange,
                  labelSource: .text(label, table: tableLabel), precisionFloor: precisionFloor)
    }

    init(state: State, cellRange: SourceRange?, anchorRange: SourceRange?, labelSource: FigureLabelSource, precisionFloor: Int = 2) {
        self.state = state
        self.cellRange = cellRange
        self.anchorRange = anchorRange ?? cellRange
        self.labelSource = labelSource
        self.precisionFloor = precisionFloor
    }

    /// Row and column, without the table (`201 一般公共服务支出（财政拨款收入）`).
    public var label: LocalizedText { labelSource.label }

    /// The table (`公开02表` / `Table 02`).
    public var tableLabel: LocalizedText { labelSource.tableLabel }

    /// The written amount, nil when blank, not applicable or undetermined.
    public var amount: Amount? {
        if case .written(let a) = state { return a }
        return nil
    }

    /// The value sums use: the amount, or zero.
    public var value: Amount { amount ?? .zero }

    public var isWritten: Bool { amount != nil }
    public var isUndetermined: Bool { state == .undetermined }

    /// The value is zero or nothing is written.
    public var isZeroOrEmpty: Bool { amount.map(\.isZero) ?? (state != .undetermined) }

    /// Table and label (`公开05表 合计（基本支出）`).
    public var qualifiedLabel: LocalizedText {
        LocalizedText(zh: tableLabel.zh + " " + label.zh, en: tableLabel.en + " " + label.en)
    }

    /// A figure that is not in the report at all (the row or table is absent): blank, no range.
    public static func absent(label: LocalizedText, tableLabel: LocalizedText, anchor: SourceRange? = nil) -> Figure {
        Figure(state: .blank, cellRange: nil, anchorRange: anchor, label: label, tableLabel: tableLabel)
    }
}

/// Where a figure's name comes from: a cell of an indexed table (one shared reference, so figures
/// stay cheap to copy), or a fixed text. Two cell sources are equal when they name the same row and
/// column of the same table kind (the label book of another check run of the same text is equal).
enum FigureLabelSource: Sendable, Hashable {
    case cell(TableLabelBook, row: Int, column: Int?)
    case text(LocalizedText, table: LocalizedText)

    var label: LocalizedText {
        switch self {
        case .cell(let book, let row, let column): return book.label(row: row, column: column)
        case .text(let text, _): return text
        }
    }

    var tableLabel: LocalizedText {
        switch self {
        case .cell(let book, _, _): return book.tableLabel
        case .text(_, let table): return table
        }
    }

    static func == (a: FigureLabelSource, b: FigureLabelSource) -> Bool {
        switch (a, b) {
        case let (.cell(x, r1, c1), .cell(y, r2, c2)):
            return r1 == r2 && c1 == c2 && (x === y || x.tableLabel == y.tableLabel)
        case let (.text(t1, u1), .text(t2, u2)): return t1 == t2 && u1 == u2
        default: return false
        }
    }

    func hash(into hasher: inout Hasher) {
        switch self {
        case .cell(let book, let row, let column):
            hasher.combine(book.tableLabel)
            hasher.combine(row)
            hasher.combine(column)
        case .text(let text, let table):
            hasher.combine(text)
            hasher.combine(table)
        }
    }
}

/// The names of one table's rows and columns, shared by all its figures.
final class TableLabelBook: Sendable {
    let rows: [Row]
    let tableLabel: LocalizedText
    /// Each column's name, present only when it is not the only amount column of its side.
    let columnLabels: [Int: LocalizedText]
    /// Set for figures whose column is not decided.
    static let undecidedColumn = -1

    init(rows: [Row], tableLabel: LocalizedText, columns: [Column]) {
        self.rows = rows
        self.tableLabel = tableLabel
        var labels: [Int: LocalizedText] = [:]
        for column in columns where columns.filter({ $0.side == column.side }).count > 1 {
            labels[column.index] = ColumnLabels.label(of: column)
        }
        columnLabels = labels
    }

    func label(row: Int, column: Int?) -> LocalizedText {
        guard rows.indices.contains(row) else { return LocalizedText(zh: "?", en: "?") }
        let rowText = RowLabels.label(of: rows[row])
        let columnText: LocalizedText?
        if column == TableLabelBook.undecidedColumn {
            columnText = LocalizedText(zh: "列未定", en: "column undecided")
        } else {
            columnText = column.flatMap { columnLabels[$0] }
        }
        guard let columnText else { return rowText }
        return LocalizedText(zh: rowText.zh + "（" + columnText.zh + "）", en: rowText.en + " (" + columnText.en + ")")
    }
}
