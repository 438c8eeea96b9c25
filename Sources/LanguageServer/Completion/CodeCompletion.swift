import JSONRPC
import Catalog
import Checks
import Report

/// Completion items for subject codes in table rows: typing digits offers the codes starting
/// with them; typing part of a name offers the codes whose name contains it.
enum CodeCompletion {
    /// How many items one answer holds at most (the list is then marked incomplete).
    static let limit = 100

    struct Answer {
        var items: [JSONValue]
        var isIncomplete: Bool
    }

    static func items(at offset: Int, bytes: [UInt8], analysis: ReportAnalysis, converter: PositionConverter,
                      locale: MessageLocale) -> Answer {
        guard let token = CompletionToken.at(offset, in: bytes) else { return Answer(items: [], isIncomplete: false) }
        let table = tableAround(offset, document: analysis.document)
        let inCodeTable = table.map { $0.kind.isFunctionCodeTable || $0.kind == .generalBudgetBasicExpenditure } ?? false
        let kind: ClassificationCode.Kind? = table.map { $0.kind == .generalBudgetBasicExpenditure ? .economic : .function }
        let catalog = analysis.catalog
        let range = converter.json(SourceRange(token.range))
        if token.isDigits {
            guard token.text.utf8.count <= 7, inCodeTable || token.isFirstField else { return Answer(items: [], isIncomplete: false) }
            let entries = catalog.search(codePrefix: token.text, kind: inCodeTable ? kind : nil, limit: limit)
            let items = entries.map { entry in
                item(entry, catalog: catalog, locale: locale, edit: ["range": range, "newText": .string(entry.code.digits)],
                     filterText: entry.code.digits)
            }
            return Answer(items: items, isIncomplete: entries.count >= limit)
        }
        let afterCode = token.previousField.flatMap { ClassificationCode($0) } != nil
        guard inCodeTable || afterCode, !token.text.utf8.contains(where: { (0x30...0x39).contains($0) }) else {
            return Answer(items: [], isIncomplete: false)
        }
        let matches = catalog.search(name: token.text, kind: inCodeTable ? kind : nil, limit: limit)
        let separator = fieldSeparator(table: table)
        let items = matches.map { match in
            let entry = match.entry
            let newText = afterCode ? entry.name : entry.code.digits + separator + entry.name
            return item(entry, catalog: catalog, locale: locale, edit: ["range": range, "newText": .string(newText)],
                        filterText: token.text)
        }
        return Answer(items: items, isIncomplete: matches.count >= limit)
    }

    private static func item(_ entry: CatalogEntry, catalog: Catalog, locale: MessageLocale, edit: JSONValue,
                             filterText: String) -> JSONValue {
        let documentation = CodeHoverText.markdown(for: entry.code, writtenName: nil, catalog: catalog, english: locale == .en)
        return [
            "label": .string("\(entry.code.digits) \(entry.name)"),
            "kind": 21, // Constant
            "detail": .string(catalog.chain(for: entry.code).text),
            "documentation": ["kind": "markdown", "value": .string(documentation)],
            "sortText": .string(entry.code.digits),
            "filterText": .string(filterText),
            "textEdit": edit,
        ]
    }

    /// The table holding `offset`, or the one ending just before its line (a row being added).
    static func tableAround(_ offset: Int, document: ReportDocument) -> Table? {
        if let location = document.location(at: offset), let table = document.table(at: location) { return table }
        return document.tables.last { $0.range.end <= offset && offset - $0.range.end <= 2 }
    }

    /// The separator the row uses between cells: TAB, ` | ` or a space.
    private static func fieldSeparator(table: Table?) -> String {
        switch table?.layout {
        case .pipe?: return " | "
        case .spaceSeparated?: return " "
        default: return "\t"
        }
    }
}
