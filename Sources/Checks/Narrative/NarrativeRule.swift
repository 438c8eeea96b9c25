import Report

/// A narrative rule (N…, O-01…): a `RuleDefinition` evaluated over a `NarrativeRuleContext`.
/// Each rule lives in its own file under `Rules/Narrative/` and is listed in `NarrativeRuleRegistry.all`.
public typealias NarrativeRule = RuleDefinition<NarrativeRuleContext, NarrativeTolerance>

/// How a narrative rule tolerates differences (spec §2.0).
public enum NarrativeTolerance: String, Sendable, Hashable, CaseIterable, DocumentedTolerance {
    /// A quoted table value: equal (or equal after rounding to the narrative's decimals); one unit of the
    /// last place apart → Warning; more → Error. Against a sum of table figures: the sum rule.
    case quote
    /// A percentage: the interval of the ratio of its operands, widened by half a unit of its last digit,
    /// must contain it; one unit more → Warning; beyond → Error.
    case ratio
    /// Counts and years: exact.
    case exact
    /// Wording: a word that must not be there (template leftovers).
    case text

    public var documentation: String {
        switch self {
        case .quote: return "quote rule: equal (after rounding the table value to the narrative's decimals) → silent; 0.01 apart → Warning; more → Error"
        case .ratio: return "ratio rule: the operands' interval (±½ unit each, at least ±0.005), widened by ½ unit of the percentage's last digit, contains it → silent; within one more unit → Warning; beyond → Error"
        case .exact: return "exact; any difference → Error"
        case .text: return "the wording itself is the problem → Warning"
        }
    }
}

/// Every narrative rule, in report order.
public enum NarrativeRuleRegistry {
    public static let all: [NarrativeRule] = [
        .narrativeTotals, .narrativeChangeRates, .narrativeIncomeSources, .narrativeExpenditureTypes,
        .narrativeFiscalTotals, .narrativeGeneralBudgetTotal, .narrativeGeneralBudgetCategories,
        .narrativeBudgetCompletion, .narrativeBasicExpenditure, .narrativeGovernmentFund, .narrativeStateCapital,
        .narrativeThreePublic, .narrativeVehicleHolding, .narrativeRunningCost, .narrativeProcurement,
        .narrativeAssets, .narrativePerformanceCounts, .narrativeCrossSectionChanges, .narrativeEnumeratedCount,
        .narrativeComparisonWords,
        .narrativeReportingYear, .narrativeTemplateLeftovers,
    ]

    /// The rule with `code`.
    public static func rule(code: String) -> NarrativeRule? { all.first { $0.code == code } }
}
