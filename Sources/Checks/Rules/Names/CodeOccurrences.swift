import Catalog
import Report

/// Every code row of one report with the name written next to it, in document order,
/// grouped by code: what the name rules read.
public struct CodeOccurrences: Sendable {
    /// One code row.
    public struct Occurrence: Sendable {
        /// The code as written.
        public let code: SubjectCode
        /// The validated code, nil when the digits are not a subject code.
        public let classificationCode: ClassificationCode?
        /// The name written in the row, nil when the row has none.
        public let name: RowText?
        /// The table's label (`公开02表` / `Table 02`).
        public let tableLabel: LocalizedText
        /// Index of the table in the report.
        public let tableIndex: Int
    }

    /// In document order.
    public let all: [Occurrence]
    /// Indices into `all` per code digits, in document order.
    public let byCode: [String: [Int]]
    /// Codes in order of first appearance.
    public let codes: [String]

    /// The code rows of every table that lists codes (02, 03, 05, 06, 07, 08; not 01/04 labels).
    public init(_ report: Report) {
        var all: [Occurrence] = []
        var byCode: [String: [Int]] = [:]
        var codes: [String] = []
        for (tableIndex, table) in report.tables.enumerated() where !table.kind.isTwoSided {
            let label = Self.label(table)
            // Rows as stored (ranges relative to the table): only the code and the name are moved.
            let rows = table.rows
            for row in rows.base {
                guard var code = row.code else { continue }
                code.range = code.range.shifted(by: rows.origin)
                var name = row.name
                if let written = name { name?.range = written.range.shifted(by: rows.origin) }
                if byCode[code.text] == nil { codes.append(code.text) }
                byCode[code.text, default: []].append(all.count)
                all.append(Occurrence(code: code, classificationCode: ClassificationCode(code.text), name: name,
                                      tableLabel: label, tableIndex: tableIndex))
            }
        }
        self.all = all
        self.byCode = byCode
        self.codes = codes
    }

    /// The occurrences of `code`, in document order.
    public func occurrences(of code: String) -> [Occurrence] {
        (byCode[code] ?? []).map { all[$0] }
    }

    /// `公开02表` / `Table 02` (the declared number, else the template's), or the title.
    public static func label(_ table: Table) -> LocalizedText {
        guard let number = table.declaredNumber ?? table.kind.templateNumber else {
            let title = table.title.isEmpty ? table.kind.chineseTitle : table.title
            return LocalizedText(zh: title, en: title)
        }
        let padded = number < 10 ? "0\(number)" : "\(number)"
        return LocalizedText(zh: "公开\(padded)表", en: "Table \(padded)")
    }
}

extension CodeOccurrences.Occurrence {
    /// A fix replacing the written name by `name`, when the name's range holds exactly the
    /// written text (a name wrapped over several lines or split by markup gets no fix).
    func renameFix(to name: String) -> [Fix] {
        guard let written = self.name, written.range.length == written.written.utf8.count else { return [] }
        return [Fix(title: LocalizedText(zh: "改为“\(name)”", en: "Replace with “\(name)”"),
                    replacements: [TextReplacement(range: written.range, newText: name)])]
    }
}
