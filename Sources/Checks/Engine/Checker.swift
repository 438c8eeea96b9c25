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
        let context = RuleContext(report: report, options: options)
        for rule in rules where !options.disabledRules.contains(rule.code) {
            context.begin(rule)
            rule.evaluate(context)
        }
        var result = CheckResult(findings: context.findings, evaluations: context.evaluations)
        result.findings.sort(by: Checker.order)
        return result
    }

    static func order(_ a: Finding, _ b: Finding) -> Bool {
        if a.range != b.range { return a.range < b.range }
        return a.code < b.code
    }
}
