/// The generated rule lists of `protocol/rules.md` (a test keeps the file in step with the registries).
public enum RuleDocumentation {
    /// One generated part of the file, between its two markers.
    public struct Section: Sendable {
        public let beginMarker: String
        public let endMarker: String
        public let rules: [RuleDescription]
    }

    /// Table rules (T…, X…).
    public static let tables = Section(beginMarker: "<!-- BEGIN GENERATED RULE LIST -->",
                                       endMarker: "<!-- END GENERATED RULE LIST -->",
                                       rules: ReportChecks.tableRuleDescriptions)
    /// Narrative rules (N…, O-01…).
    public static let narrative = Section(beginMarker: "<!-- BEGIN GENERATED NARRATIVE RULE LIST -->",
                                          endMarker: "<!-- END GENERATED NARRATIVE RULE LIST -->",
                                          rules: ReportChecks.narrativeRuleDescriptions)
    public static let sections = [tables, narrative]

    /// A summary table, then one section per rule: code, titles, formula, tolerance, default severity, example.
    public static func markdownList(_ rules: [RuleDescription]) -> String {
        var out = "| code | rule | tolerance |\n|---|---|---|\n"
        for rule in rules {
            out += "| [\(rule.code)](#\(rule.code.lowercased())) | \(rule.title.zh) | \(rule.toleranceName) |\n"
        }
        for rule in rules {
            out += "\n### \(rule.code)\n\n"
            out += "\(rule.title.zh)  \n\(rule.title.en)\n\n"
            out += "- Formula: \(rule.formula)\n"
            out += "- Tolerance: \(rule.toleranceName) — \(rule.tolerance)\n"
            out += "- Severity of a violation: \(rule.severity.name)\n"
            out += "- Example: `\(rule.example)`\n"
        }
        return out
    }
}
