/// The narrative rule list of `protocol/rules.md` (section `Narrative rules`), generated from the registry.
public enum NarrativeRuleDocumentation {
    public static let beginMarker = "<!-- BEGIN GENERATED NARRATIVE RULE LIST -->"
    public static let endMarker = "<!-- END GENERATED NARRATIVE RULE LIST -->"

    /// One section per rule: code, titles, formula, tolerance, default severity, example.
    public static func markdownList(_ rules: [NarrativeRule] = NarrativeRuleRegistry.all) -> String {
        var out = "| code | rule | tolerance |\n|---|---|---|\n"
        for rule in rules {
            out += "| [\(rule.code)](#\(rule.code.lowercased())) | \(rule.title.zh) | \(rule.tolerance.rawValue) |\n"
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
}
