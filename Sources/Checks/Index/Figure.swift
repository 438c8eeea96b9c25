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
    /// Row and column, without the table (`201 一般公共服务支出（财政拨款收入）`).
    public var label: LocalizedText
    /// The table (`公开02表` / `Table 02`).
    public var tableLabel: LocalizedText
    /// Smallest number of decimals the figure is taken to carry (2 for money, 0 for counts).
    public var precisionFloor: Int

    public init(state: State, cellRange: SourceRange?, anchorRange: SourceRange?, label: LocalizedText,
                tableLabel: LocalizedText, precisionFloor: Int = 2) {
        self.state = state
        self.cellRange = cellRange
        self.anchorRange = anchorRange ?? cellRange
        self.label = label
        self.tableLabel = tableLabel
        self.precisionFloor = precisionFloor
    }

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
