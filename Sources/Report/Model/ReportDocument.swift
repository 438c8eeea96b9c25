/// The parsed model of one document: one report, or a volume of several
/// departments' reports. Text that is not a 决算 report yields no reports.
///
/// Build it with `ReportDocument.parse(_:)` (full parse) or keep an
/// `IncrementalReportParser` per open document (re-parses only what an edit touched).
public struct ReportDocument: Sendable, Equatable {
    /// The reports, in document order.
    public var reports: [Report]
    /// Length of the parsed text in bytes.
    public var textLength: Int

    public init(reports: [Report] = [], textLength: Int = 0) {
        self.reports = reports
        self.textLength = textLength
    }

    /// True when the text was recognised as (part of) a 决算 report.
    public var isReport: Bool { !reports.isEmpty }

    /// Every parse note of every report.
    public var notes: [ParseNote] { reports.flatMap(\.notes) }

    /// Every table of every report.
    public var tables: [Table] { reports.flatMap(\.tables) }
}

/// Where an offset falls in the model (for hovers, go-to and `dump`).
public struct ModelLocation: Sendable, Hashable {
    /// Index into `ReportDocument.reports`.
    public var report: Int
    /// Index into `Report.tables`, nil in narrative text.
    public var table: Int?
    /// Index into `Table.rows`.
    public var row: Int?
    /// Index into `Row.cells`, when the offset is on a cell.
    public var cell: Int?
    /// The part of the row the offset is on.
    public var part: Part

    public enum Part: String, Sendable, Hashable {
        case narrative, tableTitle, tableHeader, row, code, name, rowNumber, cell
    }

    public init(report: Int, table: Int? = nil, row: Int? = nil, cell: Int? = nil, part: Part) {
        self.report = report
        self.table = table
        self.row = row
        self.cell = cell
        self.part = part
    }
}

extension ReportDocument {
    /// The model element at `offset` (a UTF-8 byte offset; an offset touching the end
    /// of an element counts, like a cursor right after a code).
    public func location(at offset: Int) -> ModelLocation? {
        guard let reportIndex = Self.index(in: reports.map(\.range), touching: offset) else { return nil }
        let report = reports[reportIndex]
        guard let tableIndex = Self.index(in: report.tables.map(\.range), touching: offset) else {
            return ModelLocation(report: reportIndex, part: .narrative)
        }
        let table = report.tables[tableIndex]
        if table.titleRange.touches(offset) {
            return ModelLocation(report: reportIndex, table: tableIndex, part: .tableTitle)
        }
        guard let rowIndex = table.rowIndex(at: offset) else {
            return ModelLocation(report: reportIndex, table: tableIndex, part: .tableHeader)
        }
        let row = table.rows[rowIndex]
        if let c = row.cells.firstIndex(where: { $0.range.touches(offset) && !$0.range.isEmpty }) {
            return ModelLocation(report: reportIndex, table: tableIndex, row: rowIndex, cell: c, part: .cell)
        }
        if let code = row.code, code.range.touches(offset) {
            return ModelLocation(report: reportIndex, table: tableIndex, row: rowIndex, part: .code)
        }
        if let name = row.name, name.range.touches(offset) {
            return ModelLocation(report: reportIndex, table: tableIndex, row: rowIndex, part: .name)
        }
        if let number = row.number, number.range.touches(offset) {
            return ModelLocation(report: reportIndex, table: tableIndex, row: rowIndex, part: .rowNumber)
        }
        return ModelLocation(report: reportIndex, table: tableIndex, row: rowIndex, part: .row)
    }

    /// The table, row and cell at `offset`, resolved.
    public func table(at location: ModelLocation) -> Table? {
        guard let t = location.table, reports.indices.contains(location.report),
              reports[location.report].tables.indices.contains(t) else { return nil }
        return reports[location.report].tables[t]
    }

    /// Binary search over sorted, non-overlapping ranges; the first range touching `offset`.
    static func index(in ranges: [SourceRange], touching offset: Int) -> Int? {
        var lo = 0, hi = ranges.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if ranges[mid].end < offset { lo = mid + 1 } else { hi = mid }
        }
        return lo < ranges.count && ranges[lo].touches(offset) ? lo : nil
    }
}
