import Checks
import Report

/// The Markdown of a hover on a figure: which table, row and column it is, and every check
/// identity it takes part in with its numbers (`281.91 = 137.36 + 30.05 + 114.50 ✓`).
enum FigureHover {
    static func markdown(table: Table, row: Row, cell: Cell, analysis: ReportAnalysis, locale: MessageLocale) -> String {
        let english = locale == .en
        var place = [TableNames.label(table, locale), TableNames.row(row)]
        if let index = cell.column, table.columns.indices.contains(index) {
            place.append(TableNames.column(table.columns[index], locale))
        } else if case .ambiguous(let candidates) = cell.assignment {
            let names = candidates.filter { table.columns.indices.contains($0) }.map { TableNames.column(table.columns[$0], locale) }
            place.append((english ? "column undecided: " : "列不确定：") + names.joined(separator: english ? " or " : "或"))
        }
        var blocks = ["**" + place.filter { !$0.isEmpty }.map(Markdown.escaped).joined(separator: " › ") + "**"]
        let identities = analysis.identities(involving: cell.range)
        if identities.isEmpty {
            blocks.append(english ? "No check involves this figure." : "没有核对涉及此数字。")
        } else {
            // The hovered figure's own table, as the checks name it: figures of other tables are qualified.
            let hoveredTable = identities.lazy.compactMap { $0.figures.first { $0.range == cell.range }?.table }.first
            blocks.append(identities.map { identityLine($0, hovered: cell.range, table: hoveredTable, locale) }
                .joined(separator: "\n"))
        }
        return blocks.joined(separator: "\n\n")
    }

    /// `- `280.00 = 13.20 + 266.80 ✓` T03-1 · 合计（本年支出合计） · 公开05表 215 …（小计）`: the formula, then
    /// the written figure when it is not the hovered one, and the figures of other tables.
    static func identityLine(_ identity: any FigureIdentity, hovered: SourceRange, table: LocalizedText?,
                             _ locale: MessageLocale) -> String {
        var parts = ["`\(identity.formulaText)`", Markdown.escaped(identity.ruleCode)]
        for (index, figure) in identity.figures.enumerated() where figure.range != hovered {
            if figure.table != table {
                parts.append(Markdown.escaped(figure.table.text(locale) + " " + figure.label.text(locale)))
            } else if index == 0 {
                parts.append(Markdown.escaped(figure.label.text(locale)))
            }
        }
        if let discrepancy = identity.discrepancy { parts.append(Markdown.escaped(discrepancy.text(locale))) }
        return "- " + parts.joined(separator: " · ")
    }

    /// A narrative number and what a narrative check compared it with.
    static func markdown(_ match: NarrativeMatch, locale: MessageLocale) -> String {
        let heading = locale == .en ? "**Checked against**" : "**核对对象**"
        let mark = match.holds ? "✓" : "✗"
        return heading + "\n\n- " + Markdown.escaped(match.counterpart.text(locale)) + " \(mark) · " + Markdown.escaped(match.code)
    }
}
