import Report

/// What a rule sees while it runs: the indexed report, and the requirements it states.
/// Each `require…` call evaluates one identity, records it, and turns a failure into a finding.
/// An identity that cannot be decided (an undetermined cell) is skipped; one with nothing written
/// on either side is skipped too.
public final class RuleContext {
    /// Read through `table(_:)` only: it records what the rule read (see `reads`).
    private let report: IndexedReport
    let options: CheckOptions
    private var code = ""
    private var severity = Severity.error
    /// What the current rule found, evaluated and read (reset by `begin`).
    private(set) var findings: [Finding] = []
    private(set) var evaluations: [IdentityEvaluation] = []
    private(set) var reads = TableKindSet()

    init(report: IndexedReport, options: CheckOptions) {
        self.report = report
        self.options = options
    }

    func begin(_ rule: Rule) {
        code = rule.code
        severity = rule.severity
        findings = []
        evaluations = []
        reads = TableKindSet()
    }

    /// The report's table of `kind`, if present.
    public func table(_ kind: TableKind) -> IndexedTable? {
        reads.insert(kind)
        return report[kind]
    }

    // MARK: Requirements

    /// `subject = Σ terms` within the sum tolerance (a total and its addends).
    public func requireSum(_ subject: Figure, equals terms: [IdentityTerm], relation: LocalizedText) {
        evaluate(.sum, subject, terms, relation)
    }

    /// `subject` is a copy of `terms` (one figure, or a sum of figures in other places):
    /// the copy rule when one figure is written on the right, the sum rule when several are.
    /// When the subject's cell is absent and the counterpart's is present, the finding points at the counterpart.
    public func requireCopy(_ subject: Figure, equals terms: [IdentityTerm], relation: LocalizedText? = nil) {
        let written = terms.filter { $0.figure.isWritten }
        if subject.cellRange == nil, !subject.isUndetermined, written.count == 1, written[0].sign > 0,
           written[0].figure.cellRange != nil, !terms.contains(where: { $0.figure.isUndetermined }) {
            evaluate(.copy, written[0].figure, [IdentityTerm(subject)], nil)
            return
        }
        evaluate(.copy, subject, terms, relation)
    }

    /// `subject = Σ terms` exactly (counts).
    public func requireExact(_ subject: Figure, equals terms: [IdentityTerm], relation: LocalizedText) {
        evaluate(.exact, subject, terms, relation)
    }

    /// `subject ≤ Σ terms + 0.01`.
    public func requireAtMost(_ subject: Figure, _ terms: [IdentityTerm], relation: LocalizedText? = nil) {
        evaluate(.atMost, subject, terms, relation)
    }

    /// `subject ≥ Σ terms − 0.01`.
    public func requireAtLeast(_ subject: Figure, _ terms: [IdentityTerm], relation: LocalizedText? = nil) {
        evaluate(.atLeast, subject, terms, relation)
    }

    /// The cell must stay empty (`——`): any non-zero amount is an Error.
    public func requireEmpty(_ subject: Figure, reason: LocalizedText) {
        evaluate(.empty, subject, [], reason)
    }

    /// A finding the `require…` forms cannot express (e.g. a cell that fits no candidate column),
    /// with the current rule's code and severity.
    public func report(range: SourceRange, message: LocalizedText, related: [RelatedLocation] = []) {
        findings.append(Finding(code: code, severity: options.severityOverrides[code] ?? severity, range: range,
                                message: message, related: related))
    }

    // MARK: Evaluation

    private func evaluate(_ relation: IdentityEvaluation.Relation, _ subject: Figure, _ terms: [IdentityTerm],
                          _ relationText: LocalizedText?) {
        if subject.isUndetermined || terms.contains(where: { $0.figure.isUndetermined }) { return }
        let writtenTerms = terms.filter { $0.figure.isWritten }
        if !subject.isWritten && writtenTerms.isEmpty { return }

        var computed = Amount.zero
        var termRadii = Amount.zero
        var negative = false
        for term in writtenTerms {
            computed = term.sign < 0 ? computed - term.figure.value : computed + term.figure.value
            termRadii += Rounding.radius(of: term.figure)
            if term.sign < 0 { negative = true }
        }
        let written = subject.value
        let signed = written - computed
        let difference = signed.magnitude

        var effective = relation
        if relation == .copy, writtenTerms.count > 1 || negative {
            effective = .sum
        }
        let tolerance: Amount
        let outcome: IdentityEvaluation.Outcome
        switch effective {
        case .sum:
            tolerance = Rounding.radius(of: subject) + termRadii
            outcome = difference.isZero ? .exact : difference <= tolerance ? .withinRounding : .violated
        case .copy:
            tolerance = .zero
            let unit = Rounding.unit(of: subject, writtenTerms.first?.figure ?? subject)
            outcome = difference.isZero ? .exact : difference <= unit ? .offByOneUnit : .violated
        case .exact:
            tolerance = .zero
            outcome = difference.isZero ? .exact : .violated
        case .atMost:
            tolerance = Rounding.inequalitySlack
            outcome = signed <= .zero ? .exact : signed <= tolerance ? .withinRounding : .violated
        case .atLeast:
            tolerance = Rounding.inequalitySlack
            outcome = -signed <= .zero ? .exact : -signed <= tolerance ? .withinRounding : .violated
        case .empty:
            tolerance = .zero
            outcome = written.isZero ? .exact : .violated
        }
        let evaluation = IdentityEvaluation(code: code, relation: effective, subject: subject, terms: terms,
                                            written: written, computed: computed, difference: difference,
                                            tolerance: tolerance, outcome: outcome)
        evaluations.append(evaluation)

        let findingSeverity: Severity
        switch outcome {
        case .exact: return
        case .withinRounding:
            guard options.reportRounding else { return }
            findingSeverity = .information
        case .offByOneUnit:
            findingSeverity = options.severityOverrides[code] ?? .warning
        case .violated:
            findingSeverity = options.severityOverrides[code] ?? severity
        }
        guard let range = subject.anchorRange ?? writtenTerms.first?.figure.anchorRange else { return }
        let message = IdentityMessages.message(for: evaluation, relationText: relationText)
        let related = writtenTerms.compactMap { term -> RelatedLocation? in
            guard let r = term.figure.cellRange else { return nil }
            return RelatedLocation(range: r, message: IdentityMessages.relatedMessage(term: term, evaluation: evaluation))
        }
        findings.append(Finding(code: code, severity: findingSeverity, range: range, message: message,
                                related: related, fixes: fixes(for: evaluation)))
    }

    private func fixes(for evaluation: IdentityEvaluation) -> [Fix] {
        guard let cell = evaluation.subject.cellRange, evaluation.outcome == .violated || evaluation.outcome == .offByOneUnit else { return [] }
        switch evaluation.relation {
        case .sum, .copy, .exact:
            let decimals = evaluation.subject.amount?.decimals
                ?? evaluation.terms.compactMap { $0.figure.amount?.decimals }.max() ?? 2
            let text = evaluation.computed.formatted(decimals: decimals)
            return [Fix(title: LocalizedText(zh: "改为 \(text)", en: "Replace with \(text)"),
                        replacements: [TextReplacement(range: cell, newText: text)])]
        case .empty:
            return [Fix(title: LocalizedText(zh: "删除 \(evaluation.written)", en: "Remove \(evaluation.written)"),
                        replacements: [TextReplacement(range: cell, newText: "")])]
        case .atMost, .atLeast:
            return []
        }
    }
}
