import Catalog
import Report

/// Runs the narrative rules over each report of a document: the narrative of a report is parsed from
/// its narrative regions and checked against its own tables. Pure: same input, same output.
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

    /// Checks every report of `document`, whose text is `text`.
    public func check(_ document: ReportDocument, text: [UInt8]) -> NarrativeCheckResult {
        var result = NarrativeCheckResult()
        for report in document.reports {
            let one = check(report, narrative: NarrativeParser.parse(text, regions: report.narrativeRegions.map(\.range)))
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

extension Checker {
    /// Table rules and narrative rules together (the narrative needs the document text).
    public func check(_ document: ReportDocument, text: [UInt8], catalog: Catalog = .builtIn) -> CheckResult {
        var result = check(document)
        result.findings += NarrativeChecker(options: options, catalog: catalog).check(document, text: text).findings
        result.findings.sort(by: Checker.order)
        return result
    }
}
