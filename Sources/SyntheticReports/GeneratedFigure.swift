/// A figure (amount, percentage, count or year) written into a generated report, with the exact
/// UTF-8 byte range of its text. The range covers the number only: no `万元`, no `%`.
/// Independent of the Report module: plain strings and integers.
public struct GeneratedFigure: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        /// A table cell: `table` is the two-digit table number ("01"…"10"), `row` the subject
        /// code or the row label as printed without its ordinal (`本年收入合计`, `一般公共服务支出`),
        /// `column` the column header (`小计`, `基本支出`, `决算数`, `收入`, …).
        case tableCell(table: String, row: String, column: String)
        /// A figure in 第一部分/第三部分: `section` like `三` or `五(二)`, `quantity` a stable name
        /// (`支出合计`, `基本支出占比`, `类金额 215`, `内设机构数`, …).
        case narrative(section: String, quantity: String)
    }

    public enum Unit: Sendable, Hashable {
        /// An amount in the report's unit (万元 or 元), `units / 10^decimals`.
        case amount
        /// A percentage, `units / 10^decimals` percent.
        case percent
        /// A count (个, 辆, 批次): `decimals == 0`.
        case count
        /// A calendar year such as 2024.
        case year
    }

    public var range: Range<Int>
    public var text: String
    public var units: Int64
    public var decimals: Int
    public var kind: Kind
    public var unit: Unit
    /// Index of the department within a volume (0 for a single report).
    public var department: Int

    public var isTableCell: Bool {
        if case .tableCell = kind { return true }
        return false
    }

    /// Narrative quantities that nothing else in the report pins down (a checker cannot tell a
    /// typo there from the truth); mutation tests should skip them.
    public static let uncheckableQuantities: Set<String> = ["国内接待费", "决算单位数"]

    /// False for the few narrative figures that no table, sum or ratio constrains.
    public var isCheckable: Bool {
        if case .narrative(_, let quantity) = kind { return !Self.uncheckableQuantities.contains(quantity) }
        return true
    }
}

/// A figure before it is placed in the text.
struct FigureSpec: Sendable {
    var text: String
    var units: Int64
    var decimals: Int
    var kind: GeneratedFigure.Kind
    var unit: GeneratedFigure.Unit
}

/// A piece of a paragraph: plain text or a recorded figure.
enum Segment: Sendable {
    case text(String)
    case figure(FigureSpec)
}

/// A table cell.
enum Cell: Sendable {
    case empty
    case text(String)
    case figure(FigureSpec)
}

/// Accumulates the UTF-8 bytes of a report and records where every figure lands.
struct ReportTextBuilder {
    var bytes: [UInt8] = []
    var figures: [GeneratedFigure] = []
    var department = 0
    private(set) var lineCount = 0

    init(capacity: Int = 64 * 1024) {
        bytes.reserveCapacity(capacity)
    }

    mutating func text(_ string: String) {
        bytes.append(contentsOf: string.utf8)
    }

    mutating func line(_ string: String = "") {
        text(string)
        newline()
    }

    mutating func newline() {
        bytes.append(0x0A)
        lineCount += 1
    }

    /// A line followed by a blank line (the Word-export paragraph rhythm of the seeds).
    mutating func paragraph(_ string: String) {
        line(string)
        line()
    }

    mutating func figure(_ spec: FigureSpec) {
        let start = bytes.count
        text(spec.text)
        figures.append(GeneratedFigure(range: start..<bytes.count, text: spec.text, units: spec.units,
                                       decimals: spec.decimals, kind: spec.kind, unit: spec.unit,
                                       department: department))
    }

    mutating func segments(_ segments: [Segment]) {
        for segment in segments {
            switch segment {
            case .text(let string): text(string)
            case .figure(let spec): figure(spec)
            }
        }
    }

    mutating func cell(_ cell: Cell, bold: Bool = false) {
        switch cell {
        case .empty: break
        case .text(let string): text(bold && !string.isEmpty ? "<b>" + string + "</b>" : string)
        case .figure(let spec):
            if bold { text("<b>") }
            figure(spec)
            if bold { text("</b>") }
        }
    }

    /// One grid row: cells joined by `separator`, empty cells kept; `bold` wraps every non-empty
    /// cell in `<b>…</b>`, `boldCells` only the cells at those indices.
    mutating func row(_ cells: [Cell], separator: String = "\t", bold: Bool = false, boldCells: Set<Int> = []) {
        for (index, cell) in cells.enumerated() {
            if index > 0 { text(separator) }
            self.cell(cell, bold: bold || boldCells.contains(index))
        }
        newline()
    }
}
