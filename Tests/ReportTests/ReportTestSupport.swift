import XCTest
@testable import Report

/// Helpers shared by the parser tests.
enum TestSupport {
    static func parse(_ text: String) -> ReportDocument {
        ReportDocument.parse(Array(text.utf8))
    }

    /// The source text of `range`.
    static func text(_ range: SourceRange, in source: String) -> String {
        let bytes = Array(source.utf8)
        guard range.start >= 0, range.end <= bytes.count, range.start <= range.end else { return "<out of range>" }
        return String(decoding: bytes[range.start..<range.end], as: UTF8.self)
    }

    /// `[role name: figure]` of a row's decided cells, figures as written.
    static func figures(_ row: Row, _ table: Table) -> [String: String] {
        var out: [String: String] = [:]
        for cell in row.cells {
            guard let c = cell.column, let a = cell.amount else { continue }
            out[table.columns[c].role.name] = a.description
        }
        return out
    }

    static func row(_ table: Table, code: String) -> Row? { table.rows(code: code).first }
}

extension XCTestCase {
    /// The first table of `kind` in the first report, failing the test when absent.
    func table(_ document: ReportDocument, _ kind: TableKind, report: Int = 0,
               file: StaticString = #filePath, line: UInt = #line) throws -> Table {
        guard document.reports.indices.contains(report), let t = document.reports[report].table(kind) else {
            XCTFail("no \(kind) table in report \(report)", file: file, line: line)
            throw XCTSkip("missing table")
        }
        return t
    }
}
