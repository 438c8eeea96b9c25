import Report

/// One check: a stable public code, what it verifies, and how it evaluates over its context.
///
/// Table rules (`Rule`, over a `RuleContext`) and narrative rules (`NarrativeRule`, over a
/// `NarrativeRuleContext`) are both this value. Each rule lives in its own file under `Rules/` as a
/// static member and is listed in its registry; `protocol/rules.md` is generated from these values.
public struct RuleDefinition<Context, Tolerance: DocumentedTolerance>: Sendable {
    /// Stable public code, the spec's invariant id (`T02-2`, `X-13`, `N-07`).
    public let code: String
    public let title: LocalizedText
    /// The identity, with the printed labels (`本年收入合计 = Σ 一、… 八、`).
    public let formula: String
    public let tolerance: Tolerance
    /// A short example (`1835.83 = 1835.83 + 0 + …`).
    public let example: String
    /// Severity of a violation beyond the tolerance (before user overrides).
    public let severity: Severity
    let evaluate: @Sendable (Context) -> Void

    public init(code: String, title: LocalizedText, formula: String, tolerance: Tolerance, example: String,
                severity: Severity = .error, evaluate: @escaping @Sendable (Context) -> Void) {
        self.code = code
        self.title = title
        self.formula = formula
        self.tolerance = tolerance
        self.example = example
        self.severity = severity
        self.evaluate = evaluate
    }

    /// What listings (SARIF, protocol/rules.md) show of the rule.
    public var description: RuleDescription {
        RuleDescription(code: code, title: title, formula: formula, toleranceName: tolerance.rawValue,
                        tolerance: tolerance.documentation, example: example, severity: severity)
    }
}

/// A table rule (T…, X…).
public typealias Rule = RuleDefinition<RuleContext, RuleTolerance>

/// A tolerance kind with a short name and a sentence saying what it accepts.
public protocol DocumentedTolerance: Sendable {
    var rawValue: String { get }
    var documentation: String { get }
}

/// How a rule tolerates differences (spec §2.0).
public enum RuleTolerance: String, Sendable, Hashable, CaseIterable, DocumentedTolerance {
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
