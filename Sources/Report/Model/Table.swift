/// One table of a report.
///
/// Ranges are stored relative to the table's `origin` so that an edit before the
/// table only moves `origin` (incremental parsing stays proportional to the edit).
/// Every public accessor returns absolute ranges (UTF-8 byte offsets in the document).
public struct Table: Sendable, Hashable {
    public static func == (lhs: Table, rhs: Table) -> Bool {
        lhs.origin == rhs.origin && (lhs.box === rhs.box || lhs.box.content == rhs.box.content)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(origin)
        hasher.combine(box.content.kind)
        hasher.combine(box.content.rows.count)
    }

    /// What the table is.
    public var kind: TableKind { content.kind }
    /// How its rows are written.
    public var layout: TableLayout { content.layout }
    /// The title as written, markup removed and whitespace removed (`收入支出决算总表`).
    public var title: String { content.title }
    /// Byte offset of the table block's first byte.
    public private(set) var origin: Int
    /// The table, ranges relative to `origin`; shared, so copying a table is cheap.
    let box: TableContentBox
    var content: TableContent { box.content }

    init(origin: Int, box: TableContentBox) {
        self.origin = origin
        self.box = box
    }

    /// A table built by hand (test fixtures, synthetic models). Every range is absolute; the table's
    /// `origin` is `range.start`.
    public init(kind: TableKind, layout: TableLayout = .tabSeparated, title: String? = nil, range: SourceRange,
                titleRange: SourceRange? = nil, header: TableHeader = TableHeader(), isEmpty: Bool = false,
                emptyNoteRange: SourceRange? = nil, columns: [Column], rows: [Row], notes: [ParseNote] = []) {
        let origin = range.start
        let content = TableContent(
            kind: kind, layout: layout, title: title ?? kind.chineseTitle, range: range.shifted(by: -origin),
            titleRange: (titleRange ?? SourceRange(start: range.start, end: range.start)).shifted(by: -origin),
            header: header.shifted(by: -origin), isEmpty: isEmpty, emptyNoteRange: emptyNoteRange?.shifted(by: -origin),
            columns: columns, rows: rows.map { $0.shifted(by: -origin) }, notes: notes.map { $0.shifted(by: -origin) })
        self.init(origin: origin, box: TableContentBox(content))
    }

    /// The whole block: title line to the last note line.
    public var range: SourceRange { content.range.shifted(by: origin) }
    /// The title text.
    public var titleRange: SourceRange { content.titleRange.shifted(by: origin) }
    /// `公开NN表`, 部门名称, 年度, 金额单位.
    public var header: TableHeader { content.header.shifted(by: origin) }
    /// The declared `公开NN表` number, if printed.
    public var declaredNumber: Int? { content.header.declaredNumber?.value }
    /// True when the table says it has no data (`说明：本表无数据`) or has no figure at all.
    public var isEmpty: Bool { content.isEmpty }
    /// The `说明：本表无数据` line, when present.
    public var emptyNoteRange: SourceRange? { content.emptyNoteRange?.shifted(by: origin) }
    /// The amount columns, in printed order (for two-sided tables: 收入 columns first).
    public var columns: [Column] { content.columns }
    /// The logical rows (header and 栏次 lines excluded).
    public var rows: TableRows { TableRows(relative: content.rows, origin: origin) }
    /// The logical rows with ranges relative to `origin` (no copy, no shift: for readers that need a
    /// row's codes, labels and figures but not its ranges, or that shift the few ranges they report).
    public var relativeRows: [Row] { content.rows }
    /// Problems met while reading this table.
    public var notes: [ParseNote] { content.notes.map { $0.shifted(by: origin) } }

    /// The first column with `role` (on `side`, for two-sided tables).
    public func columnIndex(_ role: ColumnRole, side: TableSide? = nil) -> Int? {
        content.columns.first { $0.role == role && (side == nil || $0.side == side) }?.index
    }

    /// The first row whose label has `role` (on `side`, for two-sided tables).
    public func row(_ role: RowLabelRole, side: TableSide? = nil) -> Row? {
        content.rows.first { $0.labelRole == role && (side == nil || $0.side == side) }?.shifted(by: origin)
    }

    /// The rows of one half of a two-sided table (01, 04).
    public func rows(side: TableSide) -> [Row] {
        content.rows.filter { $0.side == side }.map { $0.shifted(by: origin) }
    }

    /// The rows with subject code `code`.
    public func rows(code: String) -> [Row] {
        content.rows.filter { $0.code?.text == code }.map { $0.shifted(by: origin) }
    }

    /// The index of the row whose range touches `offset` (absolute).
    public func rowIndex(at offset: Int) -> Int? {
        let local = offset - origin
        return content.rows.firstIndex { $0.range.touches(local) }
    }

    /// True when both tables share one parsed content (the incremental parser kept this table
    /// through an edit): equal content, compared in O(1). Their origins may differ.
    public func sharesContent(with other: Table) -> Bool { box === other.box }

    func moved(to newOrigin: Int) -> Table {
        var copy = self
        copy.origin = newOrigin
        return copy
    }
}

/// The rows of a table with absolute ranges (a view: rows are shifted when read).
public struct TableRows: RandomAccessCollection, Sendable {
    /// The rows, ranges relative to `origin`.
    public let base: [Row]
    public let origin: Int

    /// A view of `relative` rows (ranges relative to `origin`) with absolute ranges.
    public init(relative: [Row], origin: Int) {
        self.base = relative
        self.origin = origin
    }

    public var startIndex: Int { base.startIndex }
    public var endIndex: Int { base.endIndex }
    public subscript(position: Int) -> Row { base[position].shifted(by: origin) }
}

/// An immutable, shared `TableContent`.
final class TableContentBox: Sendable {
    let content: TableContent
    /// Some cell's column is not certain (inferred or ambiguous): per-report inference applies.
    let hasUndecidedCells: Bool

    init(_ content: TableContent) {
        self.content = content
        hasUndecidedCells = content.rows.contains { row in row.cells.contains { $0.assignment != .certain } }
    }
}

/// A table with ranges relative to its block start (what the block parser produces).
struct TableContent: Sendable, Hashable {
    var kind: TableKind
    var layout: TableLayout
    var title: String
    var range: SourceRange
    var titleRange: SourceRange
    var header: TableHeader
    var isEmpty: Bool
    var emptyNoteRange: SourceRange?
    var columns: [Column]
    var rows: [Row]
    var notes: [ParseNote]
}
