/// Every rule, in report order: within-table identities T01…T10, then cross-table X-01…X-17.
public enum RuleRegistry {
    public static let all: [Rule] = [
        .incomeExpenditureSummaryIncomeTotal, .incomeExpenditureSummaryExpenditureTotal,
        .incomeExpenditureSummaryIncomeGrandTotal, .incomeExpenditureSummaryExpenditureGrandTotal,
        .incomeExpenditureSummaryBalanced,
        .incomeRowAddsUp, .incomeHierarchyAddsUp, .incomeTotalRowAddsUp,
        .expenditureRowAddsUp, .expenditureHierarchyAddsUp, .expenditureTotalRowAddsUp,
        .fiscalSummaryIncomeTotal, .fiscalSummaryCarryoverBeginning, .fiscalSummaryIncomeGrandTotal,
        .fiscalSummaryExpenditureRowAddsUp, .fiscalSummaryExpenditureTotal, .fiscalSummaryExpenditureGrandTotal,
        .fiscalSummaryBalanced,
        .generalBudgetRowAddsUp, .generalBudgetHierarchyAddsUp, .generalBudgetTotalRowAddsUp,
        .basicExpenditureGroupAddsUp, .basicExpenditurePersonnelTotal, .basicExpenditurePublicTotal,
        .basicExpenditureNotApplicableEmpty,
        .governmentFundRowAddsUp, .governmentFundBalance, .governmentFundColumnsAddUp,
        .stateCapitalRowAddsUp, .stateCapitalColumnsAddUp,
        .threePublicTotal, .threePublicVehicleSubtotal,
        .procurementTotal, .vehicleCount,
        .incomeTotalAcrossTables, .fiscalIncomeAcrossTables, .otherIncomeAcrossTables, .expenditureTotalAcrossTables,
        .categoryAcrossTables, .incomeExpenditureRowsAcrossTables, .fundIncomeAcrossTables, .fiscalCarryoverAcrossTables,
        .fiscalCategoryAcrossTables, .generalBudgetAcrossTables, .governmentFundAcrossTables, .stateCapitalAcrossTables,
        .expenditureByFundAcrossTables, .basicExpenditureAcrossTables, .basicExpenditureBound, .threePublicBound,
        .runningCostBound,
    ]

    /// The rule with `code`.
    public static func rule(code: String) -> Rule? { all.first { $0.code == code } }
}
