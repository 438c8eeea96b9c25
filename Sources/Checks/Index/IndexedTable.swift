import Report

/// A table prepared for rules: rows indexed by subject code and by label role, and the 类/款/项
/// tree of the code rows. The rows are the parsed table's own (ranges relative to `origin`, not
/// copied); figures and anchors carry absolute ranges.
/// Built once per report per check; every lookup afterwards is O(1) or O(children).
public struct IndexedTable: Sendable {
    public let kind: TableKind
    public let columns: [Column]
    /// The rows, ranges relative to `origin` (read codes, labels and figures here without shifting).
    public let relativeRows: [Row]
    /// Byte offset the rows' ranges are relative to (0 for tables built by hand).
    public private(set) var origin: Int
    /// The rows with absolute ranges (a view: each row is shifted when read).
    public var rows: TableRows { TableRows(relative: relativeRows, origin: origin) }
    /// True when the table says it has no data.
    public let isEmpty: Bool
    /// `公开02表` / `Table 02`.
    public let tableLabel: LocalizedText
    /// Where a finding about the table as a whole points (its title).
    public private(set) var titleRange: SourceRange?

    private let labels: TableLabelBook
    /// Per row: its code, label role and side (read without copying rows).
    public let rowCodes: [String?]
    public let rowRoles: [RowLabelRole?]
    public let rowSides: [TableSide?]
    /// The code rows, first occurrence of each code, in source order.
    public let codeRows: [Int]
    /// The 支出 类 lines of a two-sided table by their 类 code, first line per code.
    public let categoryLines: [(code: String, row: Int)]
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
        self.init(kind: table.kind, columns: table.columns, rows: table.relativeRows, origin: table.origin,
                  isEmpty: table.isEmpty, declaredNumber: table.declaredNumber, titleRange: table.titleRange)
    }

    /// Indexes rows built by hand (tests, synthetic models); `origin`: what their ranges are relative to.
    public init(kind: TableKind, columns: [Column], rows: [Row], origin: Int = 0, isEmpty: Bool = false,
                declaredNumber: Int? = nil, titleRange: SourceRange? = nil) {
        self.kind = kind
        self.columns = columns
        self.relativeRows = rows
        self.origin = origin
        self.isEmpty = isEmpty
        self.titleRange = titleRange
        let tableLabel = IndexedTable.label(kind: kind, declaredNumber: declaredNumber)
        self.tableLabel = tableLabel
        self.labels = TableLabelBook(rows: rows, tableLabel: tableLabel, columns: columns)

        var byCode: [String: Int] = [:]
        var byRole: [RoleKey: Int] = [:]
        var codes: [String?] = [], roles: [RowLabelRole?] = [], sides: [TableSide?] = []
        var codeRows: [Int] = [], leveled: [Int] = []
        var categories: [(code: String, row: Int)] = []
        var seenCategories = Set<String>()
        codes.reserveCapacity(rows.count)
        roles.reserveCapacity(rows.count)
        sides.reserveCapacity(rows.count)
        for i in rows.indices {
            let code = rows[i].code
            let role = rows[i].labelRole
            let side = rows[i].side
            codes.append(code?.text)
            roles.append(role)
            sides.append(side)
            if let code, byCode[code.text] == nil {
                byCode[code.text] = i
                codeRows.append(i)
                if code.level != nil { leveled.append(i) }
            }
            if let role {
                let key = RoleKey(role: role, side: side)
                if byRole[key] == nil { byRole[key] = i }
                let anySide = RoleKey(role: role, side: nil)
                if byRole[anySide] == nil { byRole[anySide] = i }
                if role == .expenditureCategory, side != .income, let c = rows[i].categoryCode, seenCategories.insert(c).inserted {
                    categories.append((c, i))
                }
            }
        }
        rowByCode = byCode
        rowByRole = byRole
        rowCodes = codes
        rowRoles = roles
        rowSides = sides
        self.codeRows = codeRows
        categoryLines = categories

        var children: [Int: [Int]] = [:]
        var top: [Int] = []
        for i in leveled {
            guard let code = codes[i] else { continue }
            var parent: Int?
            var length = code.count
            while length > 3 {
                length -= 2
                if let p = byCode[String(code.prefix(length))] { parent = p; break }
            }
            if let parent { children[parent, default: []].append(i) } else { top.append(i) }
        }
        childRows = children
        topLevelCodeRows = top
    }

    /// The same table moved to `newOrigin` (its rows are relative to the origin: nothing else moves).
    func moved(to newOrigin: Int) -> IndexedTable {
        var copy = self
        copy.titleRange = titleRange?.shifted(by: newOrigin - origin)
        copy.origin = newOrigin
        return copy
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

    /// The rows whose label has `role` (on `side` when given), in order.
    public func rows(role: RowLabelRole, side: TableSide? = nil) -> [Int] {
        rowRoles.indices.filter { rowRoles[$0] == role && (side == nil || rowSides[$0] == side) }
    }

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
            if let code = rowCodes[i], code.hasPrefix(prefix), code != prefix { result.append(i) }
        }
        return result
    }

    // MARK: Figures

    /// The figure in row `rowIndex`, column `columnIndex` (what `Row.reading(column:)` says, with ranges).
    public func figure(row rowIndex: Int, column columnIndex: Int) -> Figure {
        guard relativeRows.indices.contains(rowIndex) else {
            return .absent(label: LocalizedText(zh: "?", en: "?"), tableLabel: tableLabel)
        }
        let cells = relativeRows[rowIndex].cells
        var state = Figure.State.blank
        var cellRange: SourceRange?
        var undetermined = false
        for cell in cells {
            if cell.column == columnIndex {
                switch cell.value {
                case .amount(let a): state = .written(a)
                case .blank: state = .blank
                case .notApplicable: state = .notApplicable
                }
                cellRange = cell.range.shifted(by: origin)
                undetermined = false
                break
            }
            if case .ambiguous(let candidates) = cell.assignment, candidates.contains(columnIndex) { undetermined = true }
        }
        if undetermined { state = .undetermined }
        let anchor = cellRange ?? anchorRange(ofRow: rowIndex)
        return Figure(state: state, cellRange: cellRange, anchorRange: anchor,
                      labelSource: .cell(labels, row: rowIndex, column: columnIndex))
    }

    /// Where a finding about a row without the cell points: its code, its name, its 行次, or the row.
    private func anchorRange(ofRow rowIndex: Int) -> SourceRange {
        let row = relativeRows[rowIndex]
        let range = row.code?.range ?? row.name?.range ?? row.number?.range ?? row.range
        return range.shifted(by: origin)
    }

    /// The figure of a cell whose column is undecided (`Row.cells[cellIndex]`), for identities that hold
    /// whichever candidate column it belongs to.
    public func figure(undecidedCell cellIndex: Int, row rowIndex: Int) -> Figure {
        let cell = relativeRows[rowIndex].cells[cellIndex].shifted(by: origin)
        let state: Figure.State
        switch cell.value {
        case .amount(let a): state = .written(a)
        case .blank, .notApplicable: state = .blank
        }
        return Figure(state: state, cellRange: cell.range, anchorRange: cell.range,
                      labelSource: .cell(labels, row: rowIndex, column: TableLabelBook.undecidedColumn))
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

    /// Row and column (`201 一般公共服务支出（财政拨款收入）`).
    public func label(row rowIndex: Int, column columnIndex: Int) -> LocalizedText {
        figure(row: rowIndex, column: columnIndex).label
    }

    static func label(kind: TableKind, declaredNumber: Int?) -> LocalizedText {
        if let n = kind.templateNumber ?? declaredNumber {
            let two = n < 10 ? "0\(n)" : "\(n)"
            return LocalizedText(zh: "公开\(two)表", en: "Table \(two)")
        }
        return LocalizedText(zh: kind.chineseTitle, en: kind.chineseTitle)
    }
}
