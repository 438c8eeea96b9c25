import Report

/// One check: a stable public code, what it verifies, and how.
///
/// Each rule lives in its own file under `Rules/` as a static member of `Rule`
/// and is listed in `RuleRegistry.all`. `protocol/rules.md` is generated from these values.
public struct Rule: Sendable {
    /// Stable public code, the spec's invariant id (`T02-2`, `X-13`).
    public let code: String
    public let title: LocalizedText
    /// The identity, with the printed labels (`本年收入合计 = Σ 一、… 八、`).
    public let formula: String
    public let tolerance: RuleTolerance
    /// A short example (`1835.83 = 1835.83 + 0 + …`).
    public let example: String
    /// Severity of a violation (before user overrides).
    public let severity: Severity
    let evaluate: @Sendable (RuleContext) -> Void

    public init(code: String, title: LocalizedText, formula: String, tolerance: RuleTolerance, example: String,
                severity: Severity = .error, evaluate: @escaping @Sendable (RuleContext) -> Void) {
        self.code = code
        self.title = title
        self.formula = formula
        self.tolerance = tolerance
        self.example = example
        self.severity = severity
        self.evaluate = evaluate
    }
}

/// How a rule tolerates differences (spec §2.0).
public enum RuleTolerance: String, Sendable, Hashable, CaseIterable {
    /// |written − Σ| ≤ Σ h over the total and its written addends, h = ½·10^−d (d ≥ 2).
    case sum
    /// The same figure in two places: equal; one unit of the last place apart → Warning; more → Error.
    /// When one side is a sum of several figures, the sum tolerance applies instead.
    case copy
    /// An inequality with a 0.01 slack.
    case inequality
    /// Exact: counts, and cells that must stay empty.
    case exact

    public var documentation: String {
        switch self {
        case .sum: return "sum rule: |written − Σ| ≤ Σ ½·10^−d over the total and its written addends (0.015 for 2 addends, 0.035 for 6); within → silent (Information 尾数误差 on request); beyond → Error"
        case .copy: return "copy rule: equal → silent; 0.01 apart → Warning; more → Error (sum rule when one side adds several figures)"
        case .inequality: return "inequality with a 0.01 slack; beyond → Error"
        case .exact: return "exact; any difference → Error"
        }
    }
}
