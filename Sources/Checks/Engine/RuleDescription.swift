/// What a user-facing listing (SARIF rule metadata, `--help`, docs) needs to know of one rule,
/// whatever its family.
public struct RuleDescription: Sendable, Hashable {
    public let code: String
    public let title: LocalizedText
    /// The identity or comparison checked; the title for rules without a formula.
    public let formula: String
    /// The tolerance's short name (`sum`, `copy`, `ratio` …) and what it means.
    public let toleranceName: String
    public let tolerance: String
    public let example: String
    public let severity: Severity
}

extension ReportChecks {
    /// The table rules (T…, X…), in registry order.
    public static let tableRuleDescriptions: [RuleDescription] = RuleRegistry.all.map(\.description)

    /// The narrative rules (N…, O-01…), in registry order.
    public static let narrativeRuleDescriptions: [RuleDescription] = NarrativeRuleRegistry.all.map(\.description)

    /// The subject-name rules (O-09-…).
    public static let nameRuleDescriptions: [RuleDescription] = NameRules.all.map {
        RuleDescription(code: $0.code, title: $0.title, formula: $0.title.zh, toleranceName: "exact",
                        tolerance: "exact, after name normalisation (whitespace, width, quotes)", example: "",
                        severity: $0.severity)
    }

    /// Every rule `ReportChecks` can run — table, narrative and name rules.
    public static let ruleDescriptions = tableRuleDescriptions + narrativeRuleDescriptions + nameRuleDescriptions
}
