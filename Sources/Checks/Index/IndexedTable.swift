import Report

/// A table prepared for rules: rows copied out once (absolute ranges), rows indexed by
/// subject code and by label role, and the 类/款/项 tree of the code rows.
/// Built once per report per check; every lookup afterwards is O(1) or O(children).
public struct IndexedTable: Sendable {
    public let kind: TableKind
    public let columns: [Column]
    public let rows: [Row]
    /// True when the table says it has no data.
    public let isEmpty: Bool
    /// `公开02表` / `Table 02`.
    public let tableLabel: LocalizedText
    /// Where a finding about the table as a whole points (its title).
    public let titleRange: SourceRange?

    private let rowByCode: [String: Int]
    private let rowByRole: [RoleKey: Int]
    /// Child code rows of each code row (nearest written ancestor), in source order.
    private let childRows: [Int: [Int]]
    /// Code rows with no written ancestor, in source order.
    public let topLevelCodeRows: [Int]

    private struct RoleKey: Hashable {
        var role: RowLabelRole
        var side: TableSide?
    }

    /// Indexes a parsed table.
    public init(_ table: Table) {
        self.init(kind: table.kind, columns: table.columns, rows: Array(table.rows), isEmpty: table.isEmpty,
                  declaredNumber: table.declaredNumber, titleRange: table.titleRange)
    }

    /// Indexes rows built by hand (tests, synthetic models).
    public init(kind: TableKind, columns: [Column], rows: [Row], isEmpty: Bool = false,
                declaredNumber: Int? = nil, titleRange: SourceRange? = nil) {
        self.kind = kind
        self.columns = columns
        self.rows = rows
        self.isEmpty = isEmpty
        self.titleRange = titleRange
        self.tableLabel = IndexedTable.label(kind: kind, declaredNumber: declaredNumber)

        var byCode: [String: Int] = [:]
        var byRole: [RoleKey: Int] = [:]
        for (i, row) in rows.enumerated() {
            if let code = row.code?.text, byCode[code] == nil { byCode[code] = i }
            if let role = row.labelRole {
                let key = RoleKey(role: role, side: row.side)
                if byRole[key] == nil { byRole[key] = i }
                let anySide = RoleKey(role: role, side: nil)
                if byRole[anySide] == nil { byRole[anySide] = i }
            }
        }
        rowByCode = byCode
        rowByRole = byRole

        var children: [Int: [Int]] = [:]
        var top: [Int] = []
        for (i, row) in rows.enumerated() {
            guard let code = row.code, code.level != nil, byCode[code.text] == i else { continue }
            var parent: Int?
            var ancestor = code.text
            while ancestor.utf8.count > 3 {
                ancestor = String(ancestor.prefix(ancestor.utf8.count - 2))
                if let p = byCode[ancestor] { parent = p; break }
            }
            if let parent { children[parent, default: []].append(i) } else { top.append(i) }
        }
        childRows = children
        topLevelCodeRows = top
    }

    // MARK: Lookups

    /// The first row with subject code `code`.
    public func rowIndex(code: String) -> Int? { rowByCode[code] }

    /// The first row whose label has `role` (on `side` when given).
    public func rowIndex(_ role: RowLabelRole, side: TableSide? = nil) -> Int? {
        rowByRole[RoleKey(role: role, side: side)]
    }

    /// The code rows directly beneath row `index` (nearest written ancestor).
    public func children(ofRow index: Int) -> [Int] { childRows[index] ?? [] }

    /// Code rows that have children.
    public var parentRows: [Int] { childRows.keys.sorted() }

    /// The first column with `role` (on `side` when given).
    public func columnIndex(_ role: ColumnRole, side: TableSide? = nil) -> Int? {
        columns.first { $0.role == role && (side == nil || $0.side == side) }?.index
    }

    /// The code rows whose code starts with `prefix` and that have no written ancestor below `prefix`
    /// (what adds up to a 类 that is not itself written, e.g. 003's 项-only tables).
    public func rowsSumming(toCode prefix: String) -> [Int] {
        var result: [Int] = []
        for i in topLevelCodeRows {
            if let code = rows[i].code?.text, code.hasPrefix(prefix), code != prefix { result.append(i) }
        }
        return result
    }

    // MARK: Figures

    /// The figure in row `rowIndex`, column `columnIndex`.
    public func figure(row rowIndex: Int, column columnIndex: Int) -> Figure {
        guard rows.indices.contains(rowIndex) else {
            return .absent(label: LocalizedText(zh: "?", en: "?"), tableLabel: tableLabel)
        }
        let row = rows[rowIndex]
        let state: Figure.State
        var cellRange: SourceRange?
        switch row.reading(column: columnIndex) {
        case .amount(let a, let cellIndex):
            state = .written(a)
            cellRange = row.cells.indices.contains(cellIndex) ? row.cells[cellIndex].range : nil
        case .blank:
            state = .blank
            cellRange = row.cell(column: columnIndex)?.range
        case .notApplicable:
            state = .notApplicable
            cellRange = row.cell(column: columnIndex)?.range
        case .undetermined:
            state = .undetermined
        }
        let anchor = cellRange ?? row.code?.range ?? row.name?.range ?? row.number?.range ?? row.range
        return Figure(state: state, cellRange: cellRange, anchorRange: anchor,
                      label: label(row: rowIndex, column: columnIndex), tableLabel: tableLabel)
    }

    /// The figure of the row with `role` in the column with `columnRole`; absent when either is missing.
    public func figure(_ role: RowLabelRole, side: TableSide? = nil, column columnRole: ColumnRole) -> Figure {
        let columnSide = kind.isTwoSided ? side : nil
        guard let c = columnIndex(columnRole, side: columnSide) else {
            return .absent(label: RowLabels.standard(role), tableLabel: tableLabel)
        }
        guard let r = rowIndex(role, side: side) else {
            return .absent(label: RowLabels.standard(role), tableLabel: tableLabel, anchor: titleRange)
        }
        return figure(row: r, column: c)
    }

    /// The figure of code `code` in the column with `columnRole`; absent when either is missing.
    public func figure(code: String, column columnRole: ColumnRole) -> Figure {
        guard let c = columnIndex(columnRole), let r = rowIndex(code: code) else {
            return .absent(label: LocalizedText(zh: code, en: code), tableLabel: tableLabel, anchor: titleRange)
        }
        return figure(row: r, column: c)
    }

    // MARK: Labels

    /// `201 一般公共服务支出（财政拨款收入）`; the column is named only when the row has several.
    public func label(row rowIndex: Int, column columnIndex: Int) -> LocalizedText {
        let rowText = RowLabels.label(of: rows[rowIndex])
        let sideColumns = columns.filter { $0.side == columns.first { $0.index == columnIndex }?.side }
        guard sideColumns.count > 1, let column = columns.first(where: { $0.index == columnIndex }) else { return rowText }
        let columnText = ColumnLabels.label(of: column)
        return LocalizedText(zh: rowText.zh + "（" + columnText.zh + "）", en: rowText.en + " (" + columnText.en + ")")
    }

    static func label(kind: TableKind, declaredNumber: Int?) -> LocalizedText {
        if let n = kind.templateNumber ?? declaredNumber {
            let two = n < 10 ? "0\(n)" : "\(n)"
            return LocalizedText(zh: "公开\(two)表", en: "Table \(two)")
        }
        return LocalizedText(zh: kind.chineseTitle, en: kind.chineseTitle)
    }
}
