/// The meaning of an amount column, so that checks never match header strings.
public enum ColumnRole: Sendable, Hashable, Codable {
    /// The single amount column of a side or table (01 金额/决算数, 06 决算数, 10 统计数).
    case amount
    /// The row's total of its parts: 02 本年收入合计, 03 本年支出合计, 05 小计, 08 合计, 04 支出 合计.
    case total
    // 02 收入决算表: income sources.
    case fiscalAppropriation      // 财政拨款收入
    case superiorSubsidy          // 上级补助收入
    case business                 // 事业收入
    case operating                // 经营收入
    case subordinateRemit         // 附属单位上缴收入
    case otherIncome              // 其他收入
    // 03 / 05 / 07 / 08: expenditure types.
    case basic                    // 基本支出
    case project                  // 项目支出
    case upperRemit               // 上缴上级支出
    case operatingExpenditure     // 经营支出
    case subsidiaryGrant          // 对附属单位补助支出
    // 04 支出 columns by fund.
    case generalBudget            // 一般公共预算财政拨款
    case governmentFund           // 政府性基金预算财政拨款
    case stateCapital             // 国有资本经营预算财政拨款
    // 07 政府性基金.
    case carryoverBeginning       // 年初结转和结余
    case currentYearIncome        // 本年收入
    case expenditureTotal         // 本年支出 小计
    case carryoverEnd             // 年末结转和结余
    /// 09 “三公”经费: budget (预算数) or final (决算数) × item.
    case threePublic(ThreePublicPhase, ThreePublicItem)
    /// A column the parser could not name.
    case unknown
}

/// 预算数 or 决算数 in table 09.
public enum ThreePublicPhase: String, Sendable, Hashable, Codable, CaseIterable {
    case budget   // 预算数 (栏次 1–6)
    case final    // 决算数 (栏次 7–12)
}

/// The six columns of each half of table 09.
public enum ThreePublicItem: String, Sendable, Hashable, Codable, CaseIterable {
    case total                // 合计
    case travelAbroad         // 因公出国（境）费
    case vehicleSubtotal      // 公务用车购置及运行维护费 小计
    case vehiclePurchase      // 公务用车购置费
    case vehicleOperation     // 公务用车运行维护费
    case reception            // 公务接待费
}

extension ColumnRole {
    /// A stable name for JSON output and messages (`threePublic.final.reception`).
    public var name: String {
        switch self {
        case .amount: return "amount"
        case .total: return "total"
        case .fiscalAppropriation: return "fiscalAppropriation"
        case .superiorSubsidy: return "superiorSubsidy"
        case .business: return "business"
        case .operating: return "operating"
        case .subordinateRemit: return "subordinateRemit"
        case .otherIncome: return "otherIncome"
        case .basic: return "basic"
        case .project: return "project"
        case .upperRemit: return "upperRemit"
        case .operatingExpenditure: return "operatingExpenditure"
        case .subsidiaryGrant: return "subsidiaryGrant"
        case .generalBudget: return "generalBudget"
        case .governmentFund: return "governmentFund"
        case .stateCapital: return "stateCapital"
        case .carryoverBeginning: return "carryoverBeginning"
        case .currentYearIncome: return "currentYearIncome"
        case .expenditureTotal: return "expenditureTotal"
        case .carryoverEnd: return "carryoverEnd"
        case .threePublic(let phase, let item): return "threePublic.\(phase.rawValue).\(item.rawValue)"
        case .unknown: return "unknown"
        }
    }
}
