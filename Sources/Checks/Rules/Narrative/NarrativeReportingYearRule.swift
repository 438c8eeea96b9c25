import Report

extension NarrativeRule {
    /// O-01: the reporting year wherever the text names it: `截至YYYY年12月31日`, `我部门YYYY年度…`, a part
    /// heading (`第三部分 YYYY年度部门决算情况说明`) must say the report's year; `比YYYY年` its previous year.
    static let narrativeReportingYear = NarrativeRule(
        code: "O-01",
        title: LocalizedText(zh: "文中所称报告年度与报表年度一致",
                             en: "The year the text names as the reporting year is the report's year"),
        formula: "`截至YYYY年12月31日`、`我部门/本部门/我单位YYYY年度`、部分标题中的年度 = 报表年度；`比YYYY年（度）` = 报表年度 − 1",
        tolerance: .exact,
        example: "我部门 2023 年度整体支出预算总额… (2024 年度报告)"
    ) { context in
        guard let year = context.reportYear else { return }
        for s in context.facts.sentences where s.part != 4 && s.part != 5 {
            let text = Array(s.sentence.text.utf8)
            for m in s.mentions {
                guard let y = m.year, m.textRange.upperBound <= text.count, m.numberTextRange.lowerBound >= 0 else { continue }
                let before = String(decoding: text[max(0, m.numberTextRange.lowerBound - 12)..<max(0, m.numberTextRange.lowerBound)], as: UTF8.self)
                let after = String(decoding: text[min(text.count, m.textRange.upperBound)..<min(text.count, m.textRange.upperBound + 12)], as: UTF8.self)
                var expected: Int?
                if before.hasSuffix("截至"), after.hasPrefix("12月31日") {
                    expected = year
                } else if ["我部门", "本部门", "我单位", "本单位", "我局", "本局"].contains(where: { before.hasSuffix($0) }),
                          String(decoding: text[m.textRange], as: UTF8.self).hasSuffix("年度") {
                    expected = year
                } else if before.hasSuffix("比") || before.hasSuffix("较"), !["初", "末", "底"].contains(where: { after.hasPrefix($0) }) {
                    expected = year - 1
                }
                guard let expected, y != expected else { continue }
                context.report(range: m.range, message: LocalizedText(
                    zh: "年度应为 \(expected)（本报告为 \(year) 年度决算），文中写作 \(y)",
                    en: "the year should be \(expected) (this is the \(year) final account), the text says \(y)"),
                    fixes: [Fix(title: LocalizedText(zh: "改为 \(expected)", en: "Replace with \(expected)"),
                                replacements: [TextReplacement(range: m.numberRange, newText: String(expected))])])
            }
        }
        for heading in context.facts.narrative.headings {
            guard case .part(let n) = heading.kind, n == 2 || n == 3, let y = NarrativeFacts.firstYear(in: heading.title), y != year else { continue }
            context.report(range: heading.lineRange, message: LocalizedText(
                zh: "标题中的年度 \(y) 与报表年度 \(year) 不符", en: "the heading names \(y), the report covers \(year)"))
        }
    }
}
