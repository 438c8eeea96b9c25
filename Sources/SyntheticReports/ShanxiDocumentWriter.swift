/// Lays out a whole Shanxi-template report: cover, 目录, 第一部分, the ten tables, 第三部分,
/// 第四部分 and 第五部分, as plain Word-export text (seed 000) or the Markdown-ish export (002/004).
struct ShanxiDocumentWriter {
    let f: DepartmentFigures
    let markdown: Bool
    let yuan: Bool

    func write(_ b: inout ReportTextBuilder) {
        let composer = NarrativeComposer(f, yuan: yuan)
        cover(&b)
        blocks(composer.overview(), &b)
        ShanxiTablesRenderer(f: f, markdown: markdown, yuan: yuan).render(&b)
        blocks(composer.explanation(), &b)
        blocks(composer.glossary(), &b)
        blocks(composer.appendix(), &b)
    }

    private func cover(_ b: inout ReportTextBuilder) {
        let y = f.year
        b.line(); b.line()
        b.paragraph(markdown ? "# " + f.name : f.name)
        b.paragraph(markdown ? "## \(y)年度部门决算公开" : "\(y)年度部门决算公开")
        b.paragraph(markdown ? "# 目 录" : "目 录")
        let toc: [(String, Int, Bool)] = [
            ("第一部分 概况", 1, true), ("一、本部门（单位）职责", 1, false), ("二、机构设置情况", 3, false),
            ("第二部分 \(y)年部门决算表", 5, true), ("一、收入支出决算总表", 5, false), ("二、收入决算表", 7, false),
            ("三、支出决算表", 9, false), ("四、财政拨款收入支出决算总表", 11, false),
            ("五、一般公共预算财政拨款支出决算表", 13, false), ("六、一般公共预算财政拨款基本支出决算明细表", 15, false),
            ("七、政府性基金预算财政拨款收入支出决算表", 17, false), ("八、国有资本经营预算财政拨款支出决算表", 18, false),
            ("九、财政拨款“三公”经费支出决算表", 19, false), ("十、部门决算公开相关信息统计表", 20, false),
            ("第三部分 情况说明", 21, true), ("一、收入支出决算总体情况说明", 21, false), ("二、收入决算情况说明", 21, false),
            ("三、支出决算情况说明", 21, false), ("四、财政拨款收支决算总体情况说明", 21, false),
            ("五、一般公共预算财政拨款支出决算情况说明", 21, false), ("六、一般公共预算财政拨款基本支出决算情况说明", 22, false),
            ("七、政府性基金预算财政拨款收支决算情况说明", 22, false), ("八、国有资本经营预算财政拨款支出决算情况说明", 22, false),
            ("九、财政拨款“三公”经费支出决算情况说明", 22, false), ("十、其他重要事项情况说明", 23, false),
            ("第四部分 名词解释", 24, true), ("第五部分 附件", 24, true),
        ]
        for (title, page, part) in toc {
            b.line(markdown && part ? "<b>\(title)</b>\t\(page)" : "\(title)\t\(page)")
        }
        b.line()
    }

    func blocks(_ blocks: [NarrativeBlock], _ b: inout ReportTextBuilder) {
        for (index, block) in blocks.enumerated() {
            let next = index + 1 < blocks.count ? blocks[index + 1] : nil
            switch block {
            case .heading(let title, let level):
                guard markdown else { b.paragraph(title); continue }
                // Seed 002: heading levels carry no meaning, some headings are bold, and
                // sub-headings use half-width `(一) `.
                var text = title
                if level == 3, title.hasPrefix("（"), let close = title.firstIndex(of: "）") {
                    text = "(" + title[title.index(after: title.startIndex)..<close] + ") " + title[title.index(after: close)...]
                }
                if level == 2, ["六、", "七、", "八、", "九、"].contains(where: { title.hasPrefix($0) }) { text = "**" + text + "**" }
                b.paragraph(String(repeating: "#", count: min(level + 1, 5)) + " " + text)
            case .paragraph(let segments):
                // A "\n" segment is a line break inside the paragraph; Markdown exports use a blank line.
                b.segments(markdown ? segments.map { if case .text("\n") = $0 { return .text("\n\n") } else { return $0 } } : segments)
                b.newline(); b.line()
            case .listItem(let segments):
                b.text("- "); b.segments(segments); b.newline()
                if markdown { b.line() } else if case .listItem = next {} else { b.line() }
            case .verbatim(let line):
                b.line(line)
                if case .verbatim = next {} else { b.line() }
            }
        }
    }
}
