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
            blocks.append(identities.map { identityLine($0, locale) }.joined(separator: "\n"))
        }
        return blocks.joined(separator: "\n\n")
    }

    static func identityLine(_ identity: any FigureIdentity, _ locale: MessageLocale) -> String {
        var line = "- `\(identity.formulaText)` (\(Markdown.escaped(identity.ruleCode)))"
        if let detail = identity.detail { line += " " + Markdown.escaped(detail.text(locale)) }
        return line
    }

    /// A narrative number and the table cell it was checked against.
    static func markdown(_ match: NarrativeMatch, locale: MessageLocale) -> String {
        let heading = locale == .en ? "**Checked against the tables**" : "**与表格核对**"
        return heading + "\n\n- " + Markdown.escaped(match.description.text(locale)) + " (\(Markdown.escaped(match.ruleCode)))"
    }
}
