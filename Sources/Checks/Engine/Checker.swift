import Report

/// Runs every enabled rule over each report of a document. Pure: same input, same output.
public struct Checker: Sendable {
    public var options: CheckOptions
    public var rules: [Rule]

    public init(options: CheckOptions = CheckOptions(), rules: [Rule] = RuleRegistry.all) {
        self.options = options
        self.rules = rules
    }

    /// Checks every report of the document separately.
    public func check(_ document: ReportDocument) -> CheckResult {
        if document.reports.count == 1 { return check(document.reports[0]) }
        var result = CheckResult()
        for report in document.reports { result.append(check(report)) }
        result.findings.sort(by: Checker.order)
        return result
    }

    public func check(_ report: Report) -> CheckResult {
        check(IndexedReport(report))
    }

    public func check(_ report: IndexedReport) -> CheckResult {
        var result = CheckResult()
        for outcome in outcomes(report, rules: enabledRules) {
            result.findings += outcome.currentFindings
            result.evaluations.append(sharing: outcome.currentEvaluations)
        }
        result.findings.sort(by: Checker.order)
        return result
    }

    /// The rules not disabled by the options, in registry order.
    var enabledRules: [Rule] { rules.filter { !options.disabledRules.contains($0.code) } }

    /// Each of `rules` over the report: what it found and evaluated, and which tables it read.
    func outcomes(_ report: IndexedReport, rules: some Sequence<Rule>) -> [RuleOutcome] {
        let context = RuleContext(report: report, options: options)
        return rules.map { rule in
            context.begin(rule)
            rule.evaluate(context)
            return RuleOutcome(family: .tables, code: rule.code, findings: context.findings,
                               evaluations: context.evaluations, reads: context.reads)
        }
    }

    /// Findings by position, then code, then message and severity: a total order, so that the same
    /// findings sort the same whichever order the rules produced them in.
    static func order(_ a: Finding, _ b: Finding) -> Bool {
        if a.range != b.range { return a.range < b.range }
        if a.code != b.code { return a.code < b.code }
        if a.message.zh != b.message.zh { return a.message.zh < b.message.zh }
        return a.severity.rawValue < b.severity.rawValue
    }
}
