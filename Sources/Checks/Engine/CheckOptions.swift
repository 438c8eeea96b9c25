/// What a check run reports.
public struct CheckOptions: Sendable, Hashable {
    /// Report differences within the rounding tolerance as Information (尾数误差). Off by default.
    public var reportRounding: Bool
    /// Rule codes not to run.
    public var disabledRules: Set<String>
    /// Severity per rule code, replacing the severity of its Error and Warning findings.
    public var severityOverrides: [String: Severity]

    public init(reportRounding: Bool = false, disabledRules: Set<String> = [], severityOverrides: [String: Severity] = [:]) {
        self.reportRounding = reportRounding
        self.disabledRules = disabledRules
        self.severityOverrides = severityOverrides
    }
}
