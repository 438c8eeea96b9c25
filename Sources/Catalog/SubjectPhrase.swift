/// A 类/款/项 phrase as the narrative writes it: `一般公共服务支出（类）发展与改革事务（款）行政运行（项）`.
///
/// `parse(_:)` finds the level markers `（类）`, `（款）`, `（项）` (full- or half-width) and the name before each;
/// `Catalog.resolve(_:)` finds the code the names lead to. Both tolerate the variants of the seeds:
/// `科学技术（类）支出` (支出 after the marker), `科学技术（类）` (支出 left out), words before the 类 name
/// (`主要用于一般公共服务支出（类）`) and wrap spaces inside names.
public struct SubjectPhrase: Sendable, Hashable {
    /// One named level.
    public struct Part: Sendable, Hashable {
        public let level: ClassificationCode.Level
        /// The name as written, trimmed (for the first part: the text run before the marker).
        public let name: String
        /// UTF-8 byte offsets of `name` within the parsed text.
        public let nameRange: Range<Int>
        /// UTF-8 byte offsets of the marker (`（类）`) within the parsed text.
        public let markerRange: Range<Int>
    }

    /// The parts in text order (usually 类, then 款, then 项).
    public let parts: [Part]

    /// Characters that end the text run taken as the first name, scanning backwards from its marker.
    private static let stops: Set<Character> = [
        "，", "。", "；", "：", "、", ",", ".", ";", ":", "！", "？", "（", "）", "(", ")", "．", "“", "”", "\"",
        "0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "\t", "\n", "\r",
    ]

    /// The phrase in `text`, nil when it has no level marker.
    public static func parse(_ text: String) -> SubjectPhrase? {
        var parts: [Part] = []
        var index = text.startIndex
        var nameStart: String.Index?  // where the next part's name starts (after the previous marker)
        while index < text.endIndex {
            guard let (level, markerEnd) = marker(in: text, at: index) else {
                index = text.index(after: index)
                continue
            }
            var start = nameStart ?? runStart(in: text, before: index)
            // `科学技术（类）支出`: the 支出 belongs to the previous 类 name, not to this part.
            if nameStart != nil, let previous = parts.last, previous.level == .category,
               text[start..<index].hasPrefix("支出") {
                start = text.index(start, offsetBy: 2)
            }
            let name = SubjectName.trimmed(text[start..<index])
            parts.append(Part(level: level, name: name,
                              nameRange: offset(start, text)..<offset(index, text),
                              markerRange: offset(index, text)..<offset(markerEnd, text)))
            index = markerEnd
            nameStart = markerEnd
        }
        return parts.isEmpty ? nil : SubjectPhrase(parts: parts)
    }

    private static func marker(in text: String, at index: String.Index) -> (ClassificationCode.Level, String.Index)? {
        let opening = text[index]
        guard opening == "（" || opening == "(" else { return nil }
        let levelIndex = text.index(after: index)
        guard levelIndex < text.endIndex else { return nil }
        let level: ClassificationCode.Level
        switch text[levelIndex] {
        case "类": level = .category
        case "款": level = .section
        case "项": level = .item
        default: return nil
        }
        let closingIndex = text.index(after: levelIndex)
        guard closingIndex < text.endIndex, text[closingIndex] == "）" || text[closingIndex] == ")" else { return nil }
        return (level, text.index(after: closingIndex))
    }

    private static func runStart(in text: String, before end: String.Index) -> String.Index {
        var start = end
        while start > text.startIndex {
            let previous = text.index(before: start)
            if stops.contains(text[previous]) { break }
            start = previous
        }
        return start
    }

    private static func offset(_ index: String.Index, _ text: String) -> Int {
        text.utf8.distance(from: text.startIndex, to: index)
    }
}

/// Where the names of a phrase lead in the catalog.
public struct PhraseResolution: Sendable, Hashable {
    /// The entries matched, one per part, from the 类 down; stops at the first name that matches nothing.
    public let matched: [CatalogEntry]
    /// The first part whose name matched nothing (nil when every part matched).
    public let unmatched: SubjectPhrase.Part?

    /// The deepest matched entry: the code the phrase names when `unmatched` is nil.
    public var entry: CatalogEntry? { matched.last }
}

extension Catalog {
    /// Follows the phrase's names down the function classification: the 类 among the function 类, each
    /// further name among the children of the previous match.
    public func resolve(_ phrase: SubjectPhrase) -> PhraseResolution {
        var matched: [CatalogEntry] = []
        for part in phrase.parts {
            let candidates: [CatalogEntry]
            if let parent = matched.last {
                candidates = children(of: parent.code)
            } else {
                candidates = entries.filter { $0.code.kind == .function && $0.code.level == .category }
            }
            guard let entry = Self.bestMatch(for: part, among: candidates, isFirst: matched.isEmpty) else {
                return PhraseResolution(matched: matched, unmatched: part)
            }
            matched.append(entry)
        }
        return PhraseResolution(matched: matched, unmatched: nil)
    }

    /// Exact name; else the name with 支出 added (`科学技术` → `科学技术支出`); else the only name starting with
    /// the written one; for the first part, else the longest catalog name (with or without its final 支出)
    /// that ends the written run.
    private static func bestMatch(for part: SubjectPhrase.Part, among candidates: [CatalogEntry],
                                  isFirst: Bool) -> CatalogEntry? {
        let written = SubjectName.normalized(part.name)
        guard !written.isEmpty else { return nil }
        if let exact = candidates.first(where: { $0.normalizedName == written }) { return exact }
        if let withSuffix = candidates.first(where: { $0.normalizedName == written + "支出" }) { return withSuffix }
        // A shortened name (`资源勘探工业信息` for 资源勘探工业信息等支出) when only one name starts with it.
        let extended = candidates.filter { $0.normalizedName.hasPrefix(written) }
        if extended.count == 1 { return extended[0] }
        guard isFirst else { return nil }
        var best: (entry: CatalogEntry, length: Int)?
        for candidate in candidates {
            let name = candidate.normalizedName
            let short = name.hasSuffix("支出") ? String(name.dropLast(2)) : name
            for form in [name, short] where !form.isEmpty && written.hasSuffix(form) {
                if form.count > (best?.length ?? 0) { best = (candidate, form.count) }
            }
        }
        return best?.entry
    }
}
