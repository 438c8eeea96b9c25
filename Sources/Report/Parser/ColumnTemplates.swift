/// The standard amount columns of each table kind, and header keywords → roles.
enum ColumnTemplates {
    /// The template's columns in printed order (for two-sided tables: 收入 columns then 支出 columns).
    static func standard(_ kind: TableKind) -> [(label: String, role: ColumnRole, side: TableSide?)] {
        switch kind {
        case .incomeExpenditureSummary:
            return [("金额", .amount, .income), ("金额", .amount, .expenditure)]
        case .fiscalAppropriationSummary:
            return [("金额", .amount, .income), ("合计", .total, .expenditure),
                    ("一般公共预算财政拨款", .generalBudget, .expenditure),
                    ("政府性基金预算财政拨款", .governmentFund, .expenditure),
                    ("国有资本经营预算财政拨款", .stateCapital, .expenditure)]
        case .income:
            return [("本年收入合计", .total, nil), ("财政拨款收入", .fiscalAppropriation, nil), ("上级补助收入", .superiorSubsidy, nil),
                    ("事业收入", .business, nil), ("经营收入", .operating, nil), ("附属单位上缴收入", .subordinateRemit, nil),
                    ("其他收入", .otherIncome, nil)]
        case .expenditure:
            return [("本年支出合计", .total, nil), ("基本支出", .basic, nil), ("项目支出", .project, nil),
                    ("上缴上级支出", .upperRemit, nil), ("经营支出", .operatingExpenditure, nil),
                    ("对附属单位补助支出", .subsidiaryGrant, nil)]
        case .generalBudgetExpenditure:
            return [("小计", .total, nil), ("基本支出", .basic, nil), ("项目支出", .project, nil)]
        case .stateCapital:
            return [("合计", .total, nil), ("基本支出", .basic, nil), ("项目支出", .project, nil)]
        case .governmentFund:
            return [("年初结转和结余", .carryoverBeginning, nil), ("本年收入", .currentYearIncome, nil),
                    ("本年支出小计", .expenditureTotal, nil), ("基本支出", .basic, nil), ("项目支出", .project, nil),
                    ("年末结转和结余", .carryoverEnd, nil)]
        case .generalBudgetBasicExpenditure, .relatedInformation:
            return [(kind == .relatedInformation ? "统计数" : "决算数", .amount, nil)]
        case .threePublicExpenses:
            var columns: [(String, ColumnRole, TableSide?)] = []
            for phase in ThreePublicPhase.allCases {
                let prefix = phase == .budget ? "预算数" : "决算数"
                for item in ThreePublicItem.allCases {
                    columns.append((prefix + threePublicLabel(item), .threePublic(phase, item), nil))
                }
            }
            return columns
        case .departmentPerformance, .projectPerformance, .unknown:
            return []
        }
    }

    static func threePublicLabel(_ item: ThreePublicItem) -> String {
        switch item {
        case .total: return "合计"
        case .travelAbroad: return "因公出国（境）费"
        case .vehicleSubtotal: return "公务用车购置及运行维护费小计"
        case .vehiclePurchase: return "公务用车购置费"
        case .vehicleOperation: return "公务用车运行维护费"
        case .reception: return "公务接待费"
        }
    }

    /// The role a (normalised, possibly multi-level) header text names in a table of `kind`.
    static func role(forHeader key: String, kind: TableKind) -> ColumnRole? {
        if key.isEmpty { return nil }
        func has(_ needle: String) -> Bool { TextNormalizer.contains(key, needle) }
        if has("年初结转") || has("年初财政拨款结转") { return .carryoverBeginning }
        if has("年末结转") { return .carryoverEnd }
        if has("一般公共预算") { return .generalBudget }
        if has("政府性基金") { return .governmentFund }
        if has("国有资本") { return .stateCapital }
        if has("本年收入合计") { return .total }
        if has("财政拨款") { return .fiscalAppropriation }
        if has("上级补助") { return .superiorSubsidy }
        if has("事业收入") { return .business }
        if has("经营收入") { return .operating }
        if has("附属单位上缴") { return .subordinateRemit }
        if has("其他收入") { return .otherIncome }
        if has("基本支出") { return .basic }
        if has("项目支出") { return .project }
        if has("上缴上级") { return .upperRemit }
        if has("经营支出") { return .operatingExpenditure }
        if has("附属单位补助") || has("对附属单位") { return .subsidiaryGrant }
        if has("本年收入") { return .currentYearIncome }
        if has("小计") || has("合计") || has("本年支出") {
            return kind == .governmentFund ? .expenditureTotal : .total
        }
        if has("金额") || has("决算数") || has("统计数") { return .amount }
        return nil
    }

    /// Every role named anywhere in `key` (a space-separated header, joined).
    static func rolesMentioned(in key: String, kind: TableKind) -> Set<ColumnRole> {
        var found = Set<ColumnRole>()
        var rest = key
        // Longest labels first, removing each match so that `本年收入合计` is not read again as `本年收入`.
        let labels: [(String, ColumnRole)] = [
            ("对附属单位补助支出", .subsidiaryGrant), ("附属单位上缴收入", .subordinateRemit), ("年初结转和结余", .carryoverBeginning),
            ("年末结转和结余", .carryoverEnd), ("本年收入合计", .total), ("本年支出合计", .total), ("财政拨款收入", .fiscalAppropriation),
            ("上级补助收入", .superiorSubsidy), ("上缴上级支出", .upperRemit), ("事业收入", .business), ("经营收入", .operating),
            ("其他收入", .otherIncome), ("基本支出", .basic), ("项目支出", .project), ("经营支出", .operatingExpenditure),
            ("本年收入", .currentYearIncome), ("小计", kind == .governmentFund ? .expenditureTotal : .total),
            ("合计", kind == .governmentFund ? .expenditureTotal : .total),
        ]
        for (label, role) in labels {
            while let r = rest.firstRange(of: label) {
                found.insert(role)
                rest.replaceSubrange(r, with: "|")
            }
        }
        return found
    }
}
