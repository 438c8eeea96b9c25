import Catalog
import Report

/// The subject-name rules, and how to run them over a document.
public enum NameRules {
    /// Every name rule, in report order.
    public static let all: [NameRule] = [.catalogName, .namesAcrossTables, .unknownCode]

    /// The rule with `code`.
    public static func rule(code: String) -> NameRule? { all.first { $0.code == code } }

    /// The findings of every enabled rule over every report of `document`, sorted by range, then code.
    public static func check(_ document: ReportDocument, catalog: Catalog, disabledRules: Set<String> = [],
                             rules: [NameRule] = all) -> [Finding] {
        document.reports.flatMap { check($0, catalog: catalog, disabledRules: disabledRules, rules: rules) }
    }

    /// The findings of every enabled rule over one report, sorted by range, then code.
    public static func check(_ report: Report, catalog: Catalog, disabledRules: Set<String> = [],
                             rules: [NameRule] = all) -> [Finding] {
        let occurrences = CodeOccurrences(report)
        var findings: [Finding] = []
        for rule in rules where !disabledRules.contains(rule.code) {
            findings += rule.findings(in: occurrences, catalog: catalog)
        }
        return findings.sorted { ($0.range, $0.code) < ($1.range, $1.code) }
    }
}
