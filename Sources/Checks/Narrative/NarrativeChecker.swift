import Catalog
import Report

/// Runs the narrative rules over each report of a document: each report's narrative (情况说明, 概况) is
/// checked against its own tables and against itself. Pure: same input, same output.
public struct NarrativeChecker: Sendable {
    public var options: CheckOptions
    public var rules: [NarrativeRule]
    public var catalog: Catalog

    public init(options: CheckOptions = CheckOptions(), rules: [NarrativeRule] = NarrativeRuleRegistry.all,
                catalog: Catalog = .builtIn) {
        self.options = options
        self.rules = rules
        self.catalog = catalog
    }

    /// Checks every report of `document` against its own narrative (`Report.narrative`).
    public func check(_ document: ReportDocument) -> NarrativeCheckResult {
        var result = NarrativeCheckResult()
        for report in document.reports {
            let one = check(report, narrative: report.narrative)
            result.findings += one.findings
            result.matches += one.matches
        }
        result.findings.sort(by: Checker.order)
        return result
    }

    /// Checks one report against its already parsed narrative.
    public func check(_ report: Report, narrative: Narrative) -> NarrativeCheckResult {
        let context = NarrativeRuleContext(report: report, tables: IndexedReport(report), narrative: narrative,
                                           catalog: catalog, options: options)
        for rule in rules where !options.disabledRules.contains(rule.code) {
            context.begin(rule)
            rule.evaluate(context)
        }
        var findings = context.findings
        findings.sort(by: Checker.order)
        return NarrativeCheckResult(findings: findings, matches: context.matches)
    }
}
