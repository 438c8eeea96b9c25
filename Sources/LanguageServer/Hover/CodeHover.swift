import Catalog
import Checks
import Report

/// The Markdown of a hover on a code: the catalog's explanation (`CodeHoverText`), then this
/// document's figures for the code in every table where it appears, and the names other
/// tables give it when they differ.
enum CodeHover {
    static func markdown(_ mention: CodeMention, document: ReportDocument, catalog: Catalog, locale: MessageLocale) -> String {
        let english = locale == .en
        switch mention.subject {
        case .invalidCode(let digits):
            var text = english
                ? "**\(Markdown.escaped(digits))** — not a valid subject code (function codes: 3/5/7 digits starting with 2; economic codes: 3/5 digits starting with 3)."
                : "**\(Markdown.escaped(digits))** — 不是有效的科目代码（功能分类为以 2 开头的 3/5/7 位数字，经济分类为以 3 开头的 3/5 位数字）。"
            if let name = mention.writtenName {
                text += english ? "\n\nName in this document: “\(Markdown.escaped(name))”" : "\n\n本文名称：“\(Markdown.escaped(name))”"
            }
            return text
        case .unresolvedPhrase(let part, let parents):
            return unresolvedMarkdown(part, parents: parents, catalog: catalog, english: english)
        case .code(let code):
            var blocks = [CodeHoverText.markdown(for: code, writtenName: mention.writtenName, catalog: catalog, english: english)]
            let reports = mention.reportIndex.map { [$0] } ?? Array(document.reports.indices)
            let figures = figureLines(for: code, reports: reports, document: document, locale: locale)
            if !figures.isEmpty {
                blocks.append((english ? "**Figures in this document**\n" : "**本文数字**\n") + figures.joined(separator: "\n"))
            }
            let names = otherNames(for: code, written: mention.writtenName, reports: reports, document: document, locale: locale)
            if !names.isEmpty {
                blocks.append((english ? "Other names in this document:\n" : "本文其他写法：\n") + names.joined(separator: "\n"))
            }
            return blocks.joined(separator: "\n\n")
        }
    }

    /// A phrase part the catalog cannot place: under its known parents, or named without its 类
    /// (then the codes of that level and name).
    private static func unresolvedMarkdown(_ part: SubjectPhrase.Part, parents: [CatalogEntry], catalog: Catalog,
                                           english: Bool) -> String {
        let title = english
            ? "**“\(Markdown.escaped(part.name))” (\(part.level.englishName), \(part.level.chineseName))**"
            : "**“\(Markdown.escaped(part.name))”（\(part.level.chineseName)）**"
        guard let parent = parents.last else {
            let namesakes = CodeMention.namesakes(of: part, in: catalog)
            guard !namesakes.isEmpty else {
                return title + (english ? " — this name is not in the catalog." : " — 科目目录中没有此名称。")
            }
            let list = namesakes.prefix(30).map { "- " + Markdown.escaped(catalog.chain(for: $0.code).text) }
            return title + (english ? " — the class is not named; codes with this name:\n" : " — 未写明所属类，同名科目：\n")
                + list.joined(separator: "\n")
        }
        var blocks = [title + (english ? " — this name is not in the catalog under the names before it."
                                       : " — 科目目录中在其上级科目下没有此名称。")]
        let chain = parents.map { "\($0.code.digits) \($0.name)" }.joined(separator: " › ")
        blocks.append((english ? "Known part of the chain: " : "已知的上级科目：") + Markdown.escaped(chain))
        let children = catalog.children(of: parent.code)
        if !children.isEmpty, children.count <= 30 {
            let names = children.map { "\($0.code.digits) \($0.name)" }.joined(separator: english ? "; " : "；")
            blocks.append((english ? "Codes under \(parent.code.digits): " : "\(parent.code.digits) 下的科目：") + Markdown.escaped(names))
        }
        return blocks.joined(separator: "\n\n")
    }

    /// The rows holding `code` in every table of the reports: one Markdown list item each.
    static func figureLines(for code: ClassificationCode, reports: [Int], document: ReportDocument,
                            locale: MessageLocale) -> [String] {
        var lines: [String] = []
        for reportIndex in reports where document.reports.indices.contains(reportIndex) {
            for table in document.reports[reportIndex].tables {
                for row in rows(of: code, in: table) {
                    let label = Markdown.escaped(TableNames.label(table, locale))
                    lines.append("- \(label)：\(Markdown.escaped(TableNames.figures(of: row, in: table, locale)))")
                }
            }
        }
        return lines
    }

    /// Rows of `table` with `code`, or (01/04) whose 类 label names it.
    static func rows(of code: ClassificationCode, in table: Table) -> [Row] {
        if table.kind.isTwoSided {
            guard code.level == .category, code.kind == .function else { return [] }
            return table.rows.filter { $0.categoryCode == code.digits }
        }
        return table.rows(code: code.digits)
    }

    /// Names written for `code` elsewhere that differ from `written` (after normalisation).
    private static func otherNames(for code: ClassificationCode, written: String?, reports: [Int], document: ReportDocument,
                                   locale: MessageLocale) -> [String] {
        guard let written else { return [] }
        var seen: Set<String> = [SubjectName.normalized(written)]
        var lines: [String] = []
        for reportIndex in reports where document.reports.indices.contains(reportIndex) {
            for table in document.reports[reportIndex].tables where !table.kind.isTwoSided {
                for row in table.rows(code: code.digits) {
                    guard let name = row.name?.written, seen.insert(SubjectName.normalized(name)).inserted else { continue }
                    lines.append("- \(Markdown.escaped(TableNames.label(table, locale)))：“\(Markdown.escaped(name))”")
                }
            }
        }
        return lines
    }
}
