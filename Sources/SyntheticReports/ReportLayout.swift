/// Text layouts the generator can produce, each imitating one family of real drafts.
public enum ReportLayout: String, CaseIterable, Sendable {
    /// Shanxi 2024 template, plain Word export with TAB grids (seed 000).
    case shanxiTab
    /// Shanxi 2024 template, Markdown-ish export: `#` headings, `<b>` cells, `-----` rows (seeds 002/004).
    case shanxiMarkdown
    /// Henan template from PDF text: SPACE-separated rows, blank cells dropped, 项-only codes,
    /// hard-wrapped prose with a blank line after every line (seed 003).
    case henanSpaceSeparated
    /// Other-province template in 元 with two decimals (`金额单位：元`), no 行次 column.
    case yuanUnit

    var amountsInYuan: Bool { self == .yuanUnit }
}
