import Checks
import Report

/// One entry of the document outline: a report, a part (`第三部分 情况说明`), a numbered
/// section, a table, or a 类 row of a table.
struct OutlineSymbol {
    /// LSP `SymbolKind`s used by the outline.
    enum Kind: Int {
        case report = 2     // Module
        case part = 3       // Namespace
        case section = 4    // Package
        case categoryRow = 8 // Field
        case table = 23     // Struct
    }

    var name: String
    var detail: String?
    var kind: Kind
    var range: SourceRange
    var selectionRange: SourceRange
    var children: [OutlineSymbol] = []

    /// Puts `symbol` inside the deepest part or section among `symbols` whose range holds its start.
    static func insert(_ symbol: OutlineSymbol, into symbols: inout [OutlineSymbol]) {
        if let index = symbols.firstIndex(where: { ($0.kind == .section || $0.kind == .part) && $0.range.contains(symbol.range.start) }) {
            insert(symbol, into: &symbols[index].children)
            // A table may run past the end of the section that introduces it.
            symbols[index].range = symbols[index].range.union(symbol.range)
        } else {
            let position = symbols.firstIndex { $0.range.start > symbol.range.start } ?? symbols.count
            symbols.insert(symbol, at: position)
        }
    }
}

/// Builds the outline of an analysed document: reports (when a volume holds several) → parts →
/// sections and tables → 类 rows.
enum DocumentOutline {
    static func symbols(_ analysis: ReportAnalysis, locale: MessageLocale) -> [OutlineSymbol] {
        let document = analysis.document
        var result: [OutlineSymbol] = []
        for (index, report) in document.reports.enumerated() {
            let narrative = report.narrative
            var children: [OutlineSymbol] = narrative.preambleSections.map { symbol($0, within: report.range) }
            for part in narrative.parts {
                let range = clipped(part.range, to: report.range)
                var symbol = OutlineSymbol(name: title(part.heading), kind: .part, range: range,
                                           selectionRange: clipped(part.heading.lineRange, to: range))
                symbol.children = part.sections.map { self.symbol($0, within: range) }
                children.append(symbol)
            }
            for table in report.tables {
                OutlineSymbol.insert(symbol(table, locale: locale), into: &children)
            }
            if document.reports.count == 1 {
                result = children
            } else {
                let name = report.department?.value ?? (locale == .en ? "Report \(index + 1)" : "报告 \(index + 1)")
                let selection = report.department.map { clipped($0.range, to: report.range) }
                    ?? SourceRange(start: report.range.start, end: report.range.start)
                result.append(OutlineSymbol(name: name, kind: .report, range: report.range, selectionRange: selection,
                                            children: children))
            }
        }
        return result
    }

    private static func symbol(_ section: NarrativeSection, within bounds: SourceRange) -> OutlineSymbol {
        let range = clipped(section.range, to: bounds)
        return OutlineSymbol(name: title(section.heading), kind: .section, range: range,
                             selectionRange: clipped(section.heading.lineRange, to: range),
                             children: section.children.map { symbol($0, within: range) })
    }

    private static func symbol(_ table: Table, locale: MessageLocale) -> OutlineSymbol {
        let rows = table.rows.filter(isCategoryRow).map { row in
            let selection = row.code?.range ?? row.name?.range ?? row.range
            let total = row.cells.first { $0.amount != nil }?.amount?.description
            return OutlineSymbol(name: TableNames.row(row), detail: total, kind: .categoryRow, range: row.range,
                                 selectionRange: clipped(selection, to: row.range))
        }
        return OutlineSymbol(name: TableNames.label(table, locale), detail: nil, kind: .table, range: table.range,
                             selectionRange: clipped(table.titleRange, to: table.range), children: rows)
    }

    /// 类 rows: 3-digit code rows, and the 类 labels of 01/04.
    static func isCategoryRow(_ row: Row) -> Bool {
        if let code = row.code { return code.level == .category }
        return row.categoryCode != nil || row.labelRole == .expenditureCategory
    }

    /// Longest heading title shown (名词解释 headings hold whole definitions).
    static let maximumTitleLength = 30

    private static func title(_ heading: NarrativeHeading) -> String {
        let title = heading.title.count > maximumTitleLength ? heading.title.prefix(maximumTitleLength) + "…" : heading.title
        let text = title.isEmpty ? heading.marker : "\(heading.marker) \(title)"
        return text.isEmpty ? "—" : text
    }

    /// `range` within `bounds` (an empty range at the nearest bound when they do not meet).
    static func clipped(_ range: SourceRange, to bounds: SourceRange) -> SourceRange {
        let start = min(max(range.start, bounds.start), bounds.end)
        let end = max(start, min(range.end, bounds.end))
        return SourceRange(start: start, end: end)
    }
}
