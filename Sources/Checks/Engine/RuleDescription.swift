/// What a user-facing listing (SARIF rule metadata, `--help`, docs) needs to know of one rule,
/// whatever its family.
public struct RuleDescription: Sendable, Hashable {
    public let code: String
    public let title: LocalizedText
    /// The identity or comparison checked; the title for rules without a formula.
    public let formula: String
    public let tolerance: String
    public let example: String
    public let severity: Severity
}

extension ReportChecks {
    /// Every rule `ReportChecks` can run — table, narrative and name rules — in registry order.
    public static let ruleDescriptions: [RuleDescription] =
        RuleRegistry.all.map {
            RuleDescription(code: $0.code, title: $0.title, formula: $0.formula, tolerance: $0.tolerance.documentation,
                            example: $0.example, severity: $0.severity)
        }
        + NarrativeRuleRegistry.all.map {
            RuleDescription(code: $0.code, title: $0.title, formula: $0.formula, tolerance: $0.tolerance.documentation,
                            example: $0.example, severity: $0.severity)
        }
        + NameRules.all.map {
            RuleDescription(code: $0.code, title: $0.title, formula: $0.title.zh, tolerance: "exact (after name normalisation)",
                            example: "", severity: $0.severity)
        }
}
