import Checks
import Report

/// Builds typed report fixtures: rows and cells with unique, increasing byte ranges (so a finding's
/// range identifies its cell), without any text or parser.
struct FixtureBuilder {
    private var offset = 0

    mutating func range(_ length: Int) -> SourceRange {
        let r = SourceRange(start: offset, end: offset + length)
        offset += length + 1
        return r
    }

    /// A cell: `"12.34"` an amount, `"——"` not applicable, `""` blank (empty range at its place).
    mutating func cell(_ text: String, column: Int, position: Int) -> Cell {
        if text.isEmpty {
            let r = range(0)
            return Cell(value: .blank, range: r, position: position, column: column)
        }
        if text.hasPrefix("—") {
            return Cell(value: .notApplicable, range: range(text.utf8.count), position: position, column: column)
        }
        guard let amount = Amount(parsing: text) else { fatalError("bad fixture amount \(text)") }
        return Cell(value: .amount(amount), range: range(text.utf8.count), position: position, column: column)
    }

    /// A row whose cells fill `columns` in order.
    mutating func row(code: String? = nil, classification: SubjectClassification = .function, name: String? = nil,
                      role: RowLabelRole? = nil, side: TableSide? = nil, categoryCode: String? = nil,
                      columns: [Int], values: [String]) -> Row {
        let start = offset
        let codeValue = code.map { SubjectCode(text: $0, range: range($0.utf8.count), classification: classification) }
        let nameValue = name.map { RowText(written: $0, normalized: $0, range: range($0.utf8.count)) }
        var cells: [Cell] = []
        for (i, column) in columns.enumerated() {
            cells.append(cell(i < values.count ? values[i] : "", column: column, position: i))
        }
        return Row(range: SourceRange(start: start, end: max(start, offset - 1)), side: side, code: codeValue, name: nameValue,
                   labelRole: role, categoryCode: categoryCode, cells: cells)
    }

    /// A table with one row per line `"CODE NAME|v1|v2…"` or `"合计|v1|v2…"`.
    mutating func codeTable(_ kind: TableKind, _ roles: [ColumnRole], _ lines: [String],
                            classification: SubjectClassification = .function, isEmpty: Bool = false) -> IndexedTable {
        let columns = roles.enumerated().map { Column(index: $0.offset, label: "", role: $0.element) }
        var rows: [Row] = []
        for line in lines {
            let parts = line.split(separator: "|", omittingEmptySubsequences: false).map(String.init)
            let head = parts[0].split(separator: " ", maxSplits: 1).map(String.init)
            let values = Array(parts.dropFirst())
            if let first = head.first, first.allSatisfy(\.isNumber) {
                rows.append(row(code: first, classification: classification, name: head.count > 1 ? head[1] : nil,
                                columns: columns.map(\.index), values: values))
            } else {
                rows.append(row(name: parts[0], role: FixtureBuilder.role(parts[0]), columns: columns.map(\.index), values: values))
            }
        }
        return IndexedTable(kind: kind, columns: columns, rows: rows, isEmpty: isEmpty, titleRange: range(4))
    }

    static func role(_ label: String) -> RowLabelRole? {
        switch label {
        case "合计": return .total
        case "人员经费合计": return .personnelTotal
        case "公用经费合计": return .publicTotal
        default: return nil
        }
    }

    /// A two-sided table (01, 04): income rows use column `incomeColumn`, expenditure rows `expenditureColumns`.
    mutating func twoSidedTable(_ kind: TableKind, expenditureRoles: [ColumnRole],
                                income: [(RowLabelRole, String)],
                                expenditure: [(RowLabelRole, String?, [String])]) -> IndexedTable {
        var columns = [Column(index: 0, label: "", role: .amount, side: .income)]
        for (i, role) in expenditureRoles.enumerated() {
            columns.append(Column(index: i + 1, label: "", role: role, side: .expenditure))
        }
        var rows: [Row] = []
        for (role, value) in income {
            rows.append(row(name: RowLabelsForTests.name(role), role: role, side: .income, columns: [0], values: [value]))
        }
        let expenditureColumns = Array(1...expenditureRoles.count)
        for (role, category, values) in expenditure {
            rows.append(row(name: category.map { "类\($0)" } ?? RowLabelsForTests.name(role), role: role, side: .expenditure,
                            categoryCode: category, columns: expenditureColumns, values: values))
        }
        return IndexedTable(kind: kind, columns: columns, rows: rows, titleRange: range(4))
    }
}

enum RowLabelsForTests {
    static func name(_ role: RowLabelRole) -> String { role.name }
}
