import Report

/// What checking one report found, rule by rule, with what each rule read. Checking the report
/// again after an edit (`ReportChecks.record(_:concurrently:after:previous:)`) reruns only the rules whose
/// inputs the edit changed — a keystroke in one table cell reruns the rules that read that table —
/// and moves the other rules' results with the text.
public struct ReportCheckRecord: Sendable {
    /// One outcome per job of the check, in job order (table rules, narrative rules, name rules).
    var outcomes: [RuleOutcome]
    /// The settings the outcomes hold for.
    let options: CheckOptions
    let families: ReportChecks.Families
    /// What the rules read, as it stood when they ran: the report's tables (which keep their parsed
    /// content alive, so that `Table.sharesContent` can tell the content did not change), its
    /// narrative regions, and the header facts the narrative rules read.
    let tables: [Table]
    let narrativeRegions: [SourceRange]
    let unit: AmountUnit?
    let year: Int?
    /// The tables as indexed for the rules, when kept (see `ReportChecks.record`): tables an edit did not
    /// change are not indexed again.
    let index: IndexedReport?
    /// Bytes to add to `tables`' origins and `narrativeRegions` for the current text.
    var inputShift = 0
    /// Every finding, sorted by position then code, in the current text's coordinates.
    public private(set) var findings: [Finding]

    init(outcomes: [RuleOutcome], options: CheckOptions, families: ReportChecks.Families, report: Report, index: IndexedReport?) {
        self.outcomes = outcomes
        self.index = index
        self.options = options
        self.families = families
        tables = report.tables
        narrativeRegions = report.narrativeRegions.map(\.range)
        unit = report.unit
        year = report.year?.value
        var findings: [Finding] = []
        for outcome in outcomes { findings.append(sharing: outcome.currentFindings) }
        findings.sort(by: Checker.order)
        self.findings = findings
    }

    /// The same results for the report moved by `delta` bytes (an edit before it).
    public func moved(by delta: Int) -> ReportCheckRecord {
        guard delta != 0 else { return self }
        var copy = self
        copy.outcomes = outcomes.map { $0.moved(by: delta) }
        copy.inputShift += delta
        copy.findings = findings.map { $0.shifted(by: delta) }
        return copy
    }

    /// Every evaluated identity, satisfied or not, in rule order (current coordinates).
    public var evaluations: [IdentityEvaluation] {
        var result: [IdentityEvaluation] = []
        for outcome in outcomes { result.append(sharing: outcome.currentEvaluations) }
        return result
    }

    /// Every narrative comparison made, in rule order (current coordinates).
    public var narrativeMatches: [NarrativeMatch] {
        var result: [NarrativeMatch] = []
        for outcome in outcomes { result.append(sharing: outcome.currentMatches) }
        return result
    }

    /// The identities a figure at `range` takes part in (current coordinates), in rule order.
    public func evaluations(involving range: SourceRange) -> [IdentityEvaluation] {
        outcomes.flatMap { $0.evaluations(involving: range) }
    }

    /// The narrative comparison made on the number touching `offset`, if any.
    public func narrativeMatch(at offset: Int) -> NarrativeMatch? {
        for outcome in outcomes { if let match = outcome.match(at: offset) { return match } }
        return nil
    }

    /// The flat result (`juesuan-ls check`, tests).
    public var result: ReportCheckResult {
        var result = ReportCheckResult()
        result.findings = findings
        result.evaluations = evaluations
        result.narrativeMatches = narrativeMatches
        return result
    }
}
