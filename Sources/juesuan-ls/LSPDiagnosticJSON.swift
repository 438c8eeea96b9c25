import Checks
import Report

/// Shapes findings as LSP `Diagnostic` objects (JSON-ready dictionaries): 0-based positions in
/// UTF-16 code units, severity 1–4, code, source, message, relatedInformation with file URIs, and
/// the quick fixes in `data.fixes` as `TextEdit`s.
enum LSPDiagnosticJSON {
    static let source = "juesuan-ls"

    static func diagnostic(_ finding: Finding, in file: CheckedFile, locale: MessageLocale) -> [String: Any] {
        var result: [String: Any] = [
            "range": range(finding.range, in: file),
            "severity": finding.severity.rawValue,
            "code": finding.code,
            "source": source,
            "message": finding.message.text(locale),
        ]
        if !finding.related.isEmpty {
            result["relatedInformation"] = finding.related.map { related -> [String: Any] in
                ["location": ["uri": file.uri, "range": range(related.range, in: file)],
                 "message": related.message.text(locale)]
            }
        }
        if !finding.fixes.isEmpty {
            result["data"] = ["fixes": finding.fixes.map { fix -> [String: Any] in
                ["title": fix.title.text(locale),
                 "edits": fix.replacements.map { ["range": range($0.range, in: file), "newText": $0.newText] }]
            }]
        }
        return result
    }

    static func range(_ range: SourceRange, in file: CheckedFile) -> [String: Any] {
        let start = file.position(range.start, .utf16), end = file.position(range.end, .utf16)
        return ["start": ["line": start.line, "character": start.character],
                "end": ["line": end.line, "character": end.character]]
    }
}
