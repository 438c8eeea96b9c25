/// The meaning of a standard row label in the label-driven tables (01, 04, 10)
/// and of the total rows of the other tables.
public enum RowLabelRole: Sendable, Hashable, Codable {
    /// 合计 (first row of 02/03/05/07/08; 10 政府采购 合计).
    case total
    /// 本年收入合计.
    case currentYearIncomeTotal
    /// 本年支出合计.
    case currentYearExpenditureTotal
    /// 总计 (either side of 01/04).
    case grandTotal
    /// 一、一般公共预算财政拨款收入 … 八、其他收入 (01), 一、一般公共预算财政拨款 … 三、国有资本经营预算财政拨款 (04).
    case incomeSource(IncomeSource)
    /// A 支出 类 line of 01/04 (二、外交支出 …); the row's `categoryCode` holds the 类 code when known.
    case expenditureCategory
    /// 使用非财政拨款结余（含专用结余）.
    case nonFiscalBalanceUsed
    /// 年初结转和结余 (01).
    case carryoverBeginning
    /// 结余分配 (01).
    case balanceDistribution
    /// 年末结转和结余 (01).
    case carryoverEnd
    /// 年初财政拨款结转和结余 (04).
    case fiscalCarryoverBeginning
    /// 年末财政拨款结转和结余 (04).
    case fiscalCarryoverEnd
    /// The fund sub-lines under 年初/年末财政拨款结转和结余 in 04 (一般公共预算财政拨款 行次29 …).
    case carryoverFund(FundKind)
    /// 人员经费合计 (06).
    case personnelTotal
    /// 公用经费合计 (06).
    case publicTotal
    // 10 部门决算公开相关信息统计表.
    case procurementGoods                 // 货物
    case procurementWorks                 // 工程
    case procurementServices              // 服务
    case runningCostAdministrative        // （一）行政单位
    case runningCostCivilServiceLike      // （二）参照公务员法管理事业单位
    case vehicleTotal                     // （一）车辆数合计（辆）
    case vehicle(Int)                     // 1. 副部（省）级及以上领导用车 … 8. 其他用车
    case highValueEquipment               // （二）单价100万元（含）以上设备（不含车辆）
    /// 09's data row (预算数 and 决算数 side by side).
    case threePublicData
}

/// Income sources named by 01/04 income lines.
public enum IncomeSource: String, Sendable, Hashable, Codable {
    case generalBudget        // 一般公共预算财政拨款（收入）
    case governmentFund       // 政府性基金预算财政拨款（收入）
    case stateCapital         // 国有资本经营预算财政拨款（收入）
    case superiorSubsidy      // 上级补助收入
    case business             // 事业收入
    case operating            // 经营收入
    case subordinateRemit     // 附属单位上缴收入
    case other                // 其他收入
}

/// The three fiscal funds.
public enum FundKind: String, Sendable, Hashable, Codable {
    case generalBudget
    case governmentFund
    case stateCapital
}

/// The two halves of 06 (人员经费 = 301 + 303; 公用经费 = the other 类).
public enum ExpenditureGroup: String, Sendable, Hashable, Codable {
    case personnel   // 人员经费
    case publicUse   // 公用经费
}

extension RowLabelRole {
    /// A stable name for JSON output.
    public var name: String {
        switch self {
        case .incomeSource(let s): return "incomeSource.\(s.rawValue)"
        case .carryoverFund(let f): return "carryoverFund.\(f.rawValue)"
        case .vehicle(let n): return "vehicle.\(n)"
        default: return String(describing: self)
        }
    }

    /// True for rows that sum other rows (合计, 本年收入合计, 总计, 人员经费合计 …).
    public var isTotal: Bool {
        switch self {
        case .total, .currentYearIncomeTotal, .currentYearExpenditureTotal, .grandTotal, .personnelTotal, .publicTotal, .vehicleTotal:
            return true
        default:
            return false
        }
    }
}
