import Checks
import JSONRPC
import Report

/// Turns findings into LSP `Diagnostic`s: `source: "juesuan-ls"`, the rule
/// `code`, the message in the user's locale, related places as
/// `relatedInformation` in the same document.
public enum DiagnosticFormatter {
    public static let source = "juesuan-ls"

    public static func diagnostic(_ finding: Finding, uri: String, converter: PositionConverter, locale: MessageLocale,
                                  includeRelated: Bool = true) -> JSONValue {
        var members: [String: JSONValue] = [
            "range": converter.json(finding.range),
            "severity": .int(finding.severity.rawValue),
            "code": .string(finding.code),
            "source": .string(source),
            "message": .string(finding.message.text(locale)),
        ]
        if includeRelated, !finding.related.isEmpty {
            members["relatedInformation"] = .array(finding.related.map { related in
                [
                    "location": ["uri": .string(uri), "range": converter.json(related.range)],
                    "message": .string(related.message.text(locale)),
                ]
            })
        }
        return .object(members)
    }

    /// A `WorkspaceEdit` applying a fix's replacements to one document.
    public static func workspaceEdit(_ fix: Fix, uri: String, converter: PositionConverter) -> JSONValue {
        let edits: [JSONValue] = fix.replacements.map { replacement in
            ["range": converter.json(replacement.range), "newText": .string(replacement.newText)]
        }
        return ["changes": .object([uri: .array(edits)])]
    }
}
