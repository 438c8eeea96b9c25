/// The rule list of `protocol/rules.md`, generated from the registry (a test keeps the file in step).
public enum RuleDocumentation {
    public static let beginMarker = "<!-- BEGIN GENERATED RULE LIST -->"
    public static let endMarker = "<!-- END GENERATED RULE LIST -->"

    /// One section per rule: code, titles, formula, tolerance, default severity, example.
    public static func markdownList(_ rules: [Rule] = RuleRegistry.all) -> String {
        var out = "| code | rule | tolerance |\n|---|---|---|\n"
        for rule in rules {
            out += "| [\(rule.code)](#\(anchor(rule.code))) | \(rule.title.zh) | \(rule.tolerance.rawValue) |\n"
        }
        for rule in rules {
            out += "\n### \(rule.code)\n\n"
            out += "\(rule.title.zh)  \n\(rule.title.en)\n\n"
            out += "- Formula: \(rule.formula)\n"
            out += "- Tolerance: \(rule.tolerance.rawValue) — \(rule.tolerance.documentation)\n"
            out += "- Severity of a violation: \(rule.severity.name)\n"
            out += "- Example: `\(rule.example)`\n"
        }
        return out
    }

    static func anchor(_ code: String) -> String { code.lowercased() }
}
