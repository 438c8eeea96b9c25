/// The Markdown body of a hover on a subject code: chain, classification, explanation, sources, and whether
/// the name written in the document matches the catalog. A pure function of its inputs; the server adds the
/// document's figures for the code.
public enum CodeHoverText {
    /// - Parameters:
    ///   - code: the code under the cursor.
    ///   - writtenName: the name the document gives the code (nil when it gives none).
    ///   - catalog: the catalog to explain the code with (built-in, possibly layered with user catalogs).
    ///   - english: English text instead of Chinese.
    public static func markdown(for code: ClassificationCode, writtenName: String?, catalog: Catalog,
                                english: Bool = false) -> String {
        let chain = catalog.chain(for: code)
        let written = writtenName.map(SubjectName.trimmed).flatMap { $0.isEmpty ? nil : $0 }
        var blocks: [String] = []

        let classification = english
            ? "\(code.kind.englishName), \(code.level.englishName) (\(code.level.chineseName))"
            : "\(code.kind.chineseName) · \(code.level.chineseName)"
        let title = chain.entry.map { "\(code.digits) \($0.name)" } ?? code.digits
        blocks.append("**\(escaped(title))** — \(escaped(classification))")

        guard let entry = chain.entry else {
            blocks.append(english ? "This code is not in the catalog." : "科目目录中没有此代码。")
            if let written {
                blocks.append(english ? "Name in this document: “\(escaped(written))”" : "本文名称：“\(escaped(written))”")
            }
            let known = chain.knownText
            if !known.isEmpty {
                blocks.append((english ? "Known part of the chain: " : "已知的上级科目：") + escaped(known))
            }
            return blocks.joined(separator: "\n\n")
        }

        if chain.links.count > 1 { blocks.append(escaped(chain.text)) }

        if let written {
            if entry.nameMatches(written) {
                blocks.append(english ? "✓ The name matches the catalog." : "✓ 名称与科目目录一致。")
            } else {
                blocks.append(english
                    ? "⚠ The name here is “\(escaped(written))”; the catalog name is “\(escaped(entry.name))”."
                    : "⚠ 此处名称为“\(escaped(written))”，科目目录名称为“\(escaped(entry.name))”。")
            }
        }

        if let explanation = entry.explanation {
            blocks.append((english ? "Explanation (科目说明): " : "科目说明：") + escaped(explanation))
        }

        if entry.attestation == .laterYearsOnly {
            blocks.append(english
                ? "Seen only in 2025/2026 budgets; not confirmed as a 2024 code."
                : "仅见于 2025/2026 年预算，未确认为 2024 年科目。")
        }
        if let sources = sourceLine(for: entry, catalog: catalog, english: english) {
            blocks.append(sources)
        }
        return blocks.joined(separator: "\n\n")
    }

    private static func sourceLine(for entry: CatalogEntry, catalog: Catalog, english: Bool) -> String? {
        switch entry.origin {
        case .userFile(let file, let line):
            return english ? "Source: user catalog \(escaped(file)), line \(line)" : "来源：用户科目文件 \(escaped(file)) 第 \(line) 行"
        case .builtIn:
            let documents = catalog.sourceDocuments(for: entry).map { escaped(english ? "\($0.document) (\($0.year))" : "\($0.document)（\($0.year)）") }
            guard !documents.isEmpty else { return nil }
            var text = (english ? "Sources: " : "来源：") + documents.joined(separator: english ? "; " : "；")
            if entry.moreSourceCount > 0 {
                text += english ? " and \(entry.moreSourceCount) more" : " 等另 \(entry.moreSourceCount) 份"
            }
            let explanationSources = catalog.explanationSourceDocuments(for: entry).map { escaped($0.document) }
            if !explanationSources.isEmpty {
                text += (english ? ". Explanation: " : "。说明出处：") + explanationSources.joined(separator: english ? "; " : "；")
            }
            return text
        }
    }

    /// Escapes the characters Markdown would interpret, so names and paths render as written.
    public static func escaped(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in text {
            if "\\`*_[]<>#|~".contains(character) { result.append("\\") }
            result.append(character)
        }
        return result
    }
}
