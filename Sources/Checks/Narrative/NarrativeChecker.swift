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
        check(report, tables: IndexedReport(report), narrative: narrative)
    }

    /// The same, with the report's tables already indexed (the table rules index them too).
    public func check(_ report: Report, tables: IndexedReport, narrative: Narrative) -> NarrativeCheckResult {
        var result = NarrativeCheckResult()
        for outcome in outcomes(report, tables: tables, facts: NarrativeFacts(narrative), rules: enabledRules) {
            result.findings += outcome.currentFindings
            result.matches.append(sharing: outcome.currentMatches)
        }
        result.findings.sort(by: Checker.order)
        return result
    }

    /// The rules not disabled by the options, in registry order.
    var enabledRules: [NarrativeRule] { rules.filter { !options.disabledRules.contains($0.code) } }

    /// Each of `rules` over the report: what it found and matched, and which tables it read.
    func outcomes(_ report: Report, tables: IndexedReport, facts: NarrativeFacts, rules: some Sequence<NarrativeRule>) -> [RuleOutcome] {
        let context = NarrativeRuleContext(report: report, tables: tables, facts: facts, catalog: catalog, options: options)
        return rules.map { rule in
            context.begin(rule)
            rule.evaluate(context)
            return RuleOutcome(family: .narrative, code: rule.code, findings: context.findings, matches: context.matches,
                               reads: context.reads, readsNarrative: true)
        }
    }
}
