/// What a check run found: findings to publish, and every identity it evaluated.
public struct CheckResult: Sendable {
    /// Sorted by position, then code.
    public var findings: [Finding]
    /// Every evaluated identity, satisfied or not, in evaluation order.
    public var evaluations: [IdentityEvaluation]

    public init(findings: [Finding] = [], evaluations: [IdentityEvaluation] = []) {
        self.findings = findings
        self.evaluations = evaluations
    }

    public mutating func append(_ other: CheckResult) {
        findings += other.findings
        evaluations += other.evaluations
    }

    /// True when some finding is an Error.
    public var hasErrors: Bool { findings.contains { $0.severity == .error } }
}
