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
        let words = (["XX", "××", "xx", "ＸＸ"] + ["请填写", "请根据", "此处填写", "请在此", "填写说明", "（此处", "(此处", "如无此项请", "按实际填写"])
            .map { Array($0.utf8) }
        for s in context.facts.sentences {
            let text = Array(s.sentence.text.utf8)
            guard let (word, start) = words.lazy.compactMap({ w in firstIndex(of: w, in: text).map { (w, $0) } }).first else { continue }
            let range = s.sentence.sourceRanges(ofText: start..<(start + word.count)).first ?? s.sentence.range
            let hit = String(decoding: word, as: UTF8.self)
            context.report(range: range, message: LocalizedText(
                zh: "疑似未替换的模板内容“\(hit)”", en: "looks like template text left in place: “\(hit)”"))
        }
    }

    /// Byte offset of the first occurrence of `word` in `text`.
    private static func firstIndex(of word: [UInt8], in text: [UInt8]) -> Int? {
        guard let first = word.first, text.count >= word.count else { return nil }
        var i = 0
        while i + word.count <= text.count {
            if text[i] == first, text[i..<(i + word.count)].elementsEqual(word) { return i }
            i += 1
        }
        return nil
    }
}
