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
        for s in context.facts.sentences {
            guard let (word, start) = TemplateWords.first(in: s.sentence.text) else { continue }
            let range = s.sentence.sourceRanges(ofText: start..<(start + word.count)).first ?? s.sentence.range
            let hit = String(decoding: word, as: UTF8.self)
            context.report(range: range, message: LocalizedText(
                zh: "疑似未替换的模板内容“\(hit)”", en: "looks like template text left in place: “\(hit)”"))
        }
    }
}

/// The placeholders and instruction phrases of the blank template.
enum TemplateWords {
    /// In order of preference: a sentence reports the first word of this list it contains.
    static let words: [[UInt8]] = (["XX", "××", "xx", "ＸＸ"] + ["请填写", "请根据", "此处填写", "请在此", "填写说明", "（此处", "(此处", "如无此项请", "按实际填写"])
        .map { Array($0.utf8) }

    /// The first word of `words` that `text` contains, and its first occurrence.
    static func first(in text: String) -> (word: [UInt8], start: Int)? {
        var text = text
        return text.withUTF8 { bytes -> (word: [UInt8], start: Int)? in
            for word in words {
                if let start = word.withUnsafeBufferPointer({ ByteSearch.firstIndex(of: $0, in: bytes, from: 0) }) {
                    return (word, start)
                }
            }
            return nil
        }
    }
}
