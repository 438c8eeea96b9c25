/// What a table is, recognised from its title and column headers (never from its
/// position or its `公开NN表` number, which differ between provinces).
public enum TableKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// 收入支出决算总表 (公开01 in the national template): two-sided, label-driven.
    case incomeExpenditureSummary
    /// 收入决算表 (02): one row per 功能分类 code, columns by income source.
    case income
    /// 支出决算表 (03): one row per 功能分类 code, columns by expenditure type.
    case expenditure
    /// 财政拨款收入支出决算总表 (04): two-sided, label-driven, four 支出 columns.
    case fiscalAppropriationSummary
    /// 一般公共预算财政拨款支出决算表 (05): 小计 / 基本支出 / 项目支出 per code.
    case generalBudgetExpenditure
    /// 一般公共预算财政拨款基本支出决算明细表 or 基本支出决算表 (06): 经济分类 codes in column groups.
    case generalBudgetBasicExpenditure
    /// 政府性基金预算财政拨款收入支出决算表 (07).
    case governmentFund
    /// 国有资本经营预算财政拨款支出决算表 (08).
    case stateCapital
    /// 财政拨款“三公”经费支出决算表 (09; Henan: 一般公共预算财政拨款“三公”经费支出决算表).
    case threePublicExpenses
    /// 部门决算公开相关信息统计表 (10 in Shanxi): label-driven statistics.
    case relatedInformation
    /// 部门整体支出绩效自评情况表 (Henan 公开10).
    case departmentPerformance
    /// 项目支出绩效自评表 / 项目支出绩效自评情况表 (appendix or Henan 公开11).
    case projectPerformance
    /// A table with a `公开NN表` marker whose title is not one of the above.
    case unknown

    /// The number of this table in the national 10-table template, if it has one.
    public var templateNumber: Int? {
        switch self {
        case .incomeExpenditureSummary: return 1
        case .income: return 2
        case .expenditure: return 3
        case .fiscalAppropriationSummary: return 4
        case .generalBudgetExpenditure: return 5
        case .generalBudgetBasicExpenditure: return 6
        case .governmentFund: return 7
        case .stateCapital: return 8
        case .threePublicExpenses: return 9
        case .relatedInformation: return 10
        case .departmentPerformance, .projectPerformance, .unknown: return nil
        }
    }

    /// The standard Chinese title.
    public var chineseTitle: String {
        switch self {
        case .incomeExpenditureSummary: return "收入支出决算总表"
        case .income: return "收入决算表"
        case .expenditure: return "支出决算表"
        case .fiscalAppropriationSummary: return "财政拨款收入支出决算总表"
        case .generalBudgetExpenditure: return "一般公共预算财政拨款支出决算表"
        case .generalBudgetBasicExpenditure: return "一般公共预算财政拨款基本支出决算明细表"
        case .governmentFund: return "政府性基金预算财政拨款收入支出决算表"
        case .stateCapital: return "国有资本经营预算财政拨款支出决算表"
        case .threePublicExpenses: return "财政拨款“三公”经费支出决算表"
        case .relatedInformation: return "部门决算公开相关信息统计表"
        case .departmentPerformance: return "部门整体支出绩效自评情况表"
        case .projectPerformance: return "项目支出绩效自评表"
        case .unknown: return "未识别的表"
        }
    }

    /// Tables whose line holds a 收入 half and a 支出 half (01, 04).
    public var isTwoSided: Bool { self == .incomeExpenditureSummary || self == .fiscalAppropriationSummary }

    /// Tables with one row per 功能分类 subject code (02, 03, 05, 07, 08).
    public var isFunctionCodeTable: Bool {
        switch self {
        case .income, .expenditure, .generalBudgetExpenditure, .governmentFund, .stateCapital: return true
        default: return false
        }
    }

    /// Appendix-style tables (绩效自评), parsed generically.
    public var isPerformance: Bool { self == .departmentPerformance || self == .projectPerformance }
}

/// How a table's rows are written in the source.
public enum TableLayout: String, Sendable, Hashable, Codable {
    /// Cells separated by TAB; empty cells kept (Word / Markdown exports).
    case tabSeparated
    /// Markdown pipe table `| a | b |`.
    case pipe
    /// HTML `<table><tr><td>`.
    case html
    /// Cells separated by spaces, empty cells dropped (PDF text): column assignment must be inferred.
    case spaceSeparated
}
