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
