import Report

extension NarrativeRule {
    /// O-12: leftovers of the blank template: `XX局`, `××单位`, `XXXX年`, and its instruction sentences.
    static let narrativeTemplateLeftovers = NarrativeRule(
        code: "O-12",
        title: LocalizedText(zh: "模板占位符或填写说明未替换", en: "Template placeholders or instructions left in the text"),
        formula: "文中出现 `XX`/`××`/`xx` 占位符，或模板填写说明（`请填写`、`（此处…）`、`如无…请说明`）",
        tolerance: .text,
        example: "XX局2024年度部门决算",
        severity: .warning
    ) { context in
        let placeholders = ["XX", "××", "xx", "ＸＸ", "XXXX"]
        let instructions = ["请填写", "请根据", "此处填写", "请在此", "填写说明", "（此处", "(此处", "如无此项请", "按实际填写"]
        for s in context.facts.sentences {
            let text = s.sentence.text
            let hit = placeholders.first { text.contains($0) } ?? instructions.first { text.contains($0) }
            guard let hit, let r = text.range(of: hit) else { continue }
            let start = text.utf8.distance(from: text.utf8.startIndex, to: r.lowerBound)
            let end = text.utf8.distance(from: text.utf8.startIndex, to: r.upperBound)
            let range = s.sentence.sourceRanges(ofText: start..<end).first ?? s.sentence.range
            context.report(range: range, message: LocalizedText(
                zh: "疑似未替换的模板内容“\(hit)”", en: "looks like template text left in place: “\(hit)”"))
        }
    }
}
