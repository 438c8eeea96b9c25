/// The complete, internally consistent figures of one department's 决算, in exact minor units
/// (hundredths of the display unit: 0.01 万元 for 万元 layouts, 0.01 元 for `.yuanUnit`).
///
/// Only the 项-level amounts, the 06 economic items and a few leaves are stored; every total
/// (款, 类, 合计, 06 groups, 人员/公用经费, 09 合计/小计, 10 合计, vehicle count) is derived by
/// summation, so every identity of spec §2.a/§2.b holds exactly by construction.
public struct DepartmentFigures: Sendable {
    /// Basic (基本支出) and project (项目支出) parts of one amount.
    public struct Split: Sendable, Hashable {
        public var basic: Int64
        public var project: Int64
        public var total: Int64 { basic + project }
        public static let zero = Split(basic: 0, project: 0)
        public static func + (a: Split, b: Split) -> Split {
            Split(basic: a.basic + b.basic, project: a.project + b.project)
        }
    }

    /// One 项 (7-digit function code) and its spending by source of funds:
    /// `general` = 一般公共预算财政拨款 (tables 04, 05), `governmentFund` = 政府性基金预算财政拨款
    /// (tables 04, 07), `other` = spending financed by 其他收入 (tables 01/02/03 only).
    public struct Item: FundedSpending {
        public var code: String
        public var general: Split
        public var governmentFund: Split
        public var other: Split
    }

    /// A 类, 款 or 项 line with its amounts (derived).
    public struct Line: FundedSpending {
        public enum Level: Int, Sendable { case category = 3, section = 5, item = 7 }
        public var code: String
        public var level: Level
        public var general: Split
        public var governmentFund: Split
        public var other: Split
    }

    /// 三公 amounts: 因公出国（境）费, 公务用车购置费, 公务用车运行维护费, 公务接待费.
    public struct ThreePublic: Sendable, Hashable {
        public var abroad: Int64
        public var vehiclePurchase: Int64
        public var vehicleOperation: Int64
        public var reception: Int64
        public var vehicles: Int64 { vehiclePurchase + vehicleOperation }
        public var total: Int64 { abroad + vehicles + reception }
        public static let zero = ThreePublic(abroad: 0, vehiclePurchase: 0, vehicleOperation: 0, reception: 0)
    }

    /// One 内设机构 and its duty.
    public struct InternalOffice: Sendable {
        public var name: String
        public var duty: String
    }

    /// One project of the 绩效自评: budget, paid, the score of each indicator (hundredths of a
    /// point; the first is 预算执行 = 10 × 执行率) and the grade. 总分 = Σ scores.
    public struct PerformanceProject: Sendable {
        public var name: String
        public var budget: Int64
        public var paid: Int64
        public var indicatorScores: [Int64]
        public var scoreHundredths: Int64 { indicatorScores.reduce(0, +) }
        public var grade: String { scoreHundredths >= 9_000 ? "优" : scoreHundredths >= 8_000 ? "良" : "中" }
        /// Maximum points of each indicator: 预算执行, then 数量 ×2, 质量 ×2, 时效, 成本,
        /// 经济效益, 社会效益, 可持续影响, 满意度.
        public static let maxima: [Int64] = [10, 10, 10, 5, 5, 10, 10, 10, 10, 10, 10]
    }

    // Identity.
    public var name: String
    public var year: Int
    public var responsibilities: [String]
    public var offices: [InternalOffice]
    public var subordinateUnits: [String]
    /// True when every unit is 行政 or 参公 (机关运行经费 = 公用经费合计).
    public var administrativeOnly: Bool

    // Spending by function.
    public var items: [Item]
    /// 年初预算 of 一般公共预算财政拨款 per 类.
    public var budgetByCategory: [String: Int64]
    /// 年初预算 per 项 (Σ over a 类's 项 = the 类's budget); the Henan template explains per 项.
    public var budgetByItem: [String: Int64]
    /// 上年决算 of 一般公共预算财政拨款 per 类 (0 = the 类 is new this year).
    public var priorGeneralByCategory: [String: Int64]
    public var priorGovernmentFund: Int64
    public var priorOtherIncome: Int64
    /// What the money of each 类 was used for (五(三) `用于…`) and why it changed.
    public var categoryUse: [String: String]
    public var categoryReason: [String: String]
    public var totalChangeReason: String

    // Table 06.
    public var economicItems: [String: Int64]

    // Table 09.
    public var threePublicBudget: ThreePublic
    public var threePublicFinal: ThreePublic
    public var threePublicPrior: ThreePublic
    public var receptionBatches: Int
    public var receptionPersons: Int

    // Table 10.
    public var procurementGoods: Int64
    public var procurementWorks: Int64
    public var procurementServices: Int64
    public var procurementSME: Int64
    public var procurementSmall: Int64
    public var operatingCostAdministrative: Int64
    public var operatingCostCivilServiceLike: Int64
    public var priorOperatingCost: Int64
    /// Vehicles by the 8 categories of table 10 (行次 8…15).
    public var vehicles: [Int]
    public var largeEquipment: Int

    // 绩效.
    public var performanceProjects: [PerformanceProject]
}

/// Spending of a function code split by source of funds.
public protocol FundedSpending: Sendable {
    var code: String { get }
    var general: DepartmentFigures.Split { get }
    var governmentFund: DepartmentFigures.Split { get }
    var other: DepartmentFigures.Split { get }
}

extension FundedSpending {
    public var name: String { FunctionClassification.name(of: code) }
    /// All sources (tables 01/02/03).
    public var all: DepartmentFigures.Split { general + governmentFund + other }
    /// 财政拨款 = 一般公共预算 + 政府性基金 (tables 02 column 2, 04).
    public var financial: DepartmentFigures.Split { general + governmentFund }
}

// MARK: - Derived figures

extension DepartmentFigures {
    public static let vehicleCategories = [
        "副部（省）级及以上领导用车", "主要负责人用车", "机要通信用车", "应急保障用车",
        "执法执勤用车", "特种专业技术用车", "离退休干部服务用车", "其他用车",
    ]

    /// 类, 款 and 项 lines in code order (a 类 is followed by its 款, each 款 by its 项).
    public var lines: [Line] {
        var result: [Line] = []
        let sorted = items.sorted { $0.code < $1.code }
        var index = 0
        while index < sorted.count {
            let category = String(sorted[index].code.prefix(3))
            let inCategory = sorted[index...].prefix { $0.code.hasPrefix(category) }
            result.append(Self.sum(code: category, level: .category, Array(inCategory)))
            var sectionIndex = inCategory.startIndex
            while sectionIndex < inCategory.endIndex {
                let section = String(sorted[sectionIndex].code.prefix(5))
                let inSection = sorted[sectionIndex..<inCategory.endIndex].prefix { $0.code.hasPrefix(section) }
                result.append(Self.sum(code: section, level: .section, Array(inSection)))
                for item in inSection {
                    result.append(Line(code: item.code, level: .item, general: item.general,
                                       governmentFund: item.governmentFund, other: item.other))
                }
                sectionIndex = inSection.endIndex
            }
            index = inCategory.endIndex
        }
        return result
    }

    private static func sum(code: String, level: Line.Level, _ items: [Item]) -> Line {
        Line(code: code, level: level,
             general: items.reduce(.zero) { $0 + $1.general },
             governmentFund: items.reduce(.zero) { $0 + $1.governmentFund },
             other: items.reduce(.zero) { $0 + $1.other })
    }

    public var categories: [Line] { lines.filter { $0.level == .category } }
    public var generalCategories: [Line] { categories.filter { $0.general.total != 0 } }

    public var totalGeneral: Split { items.reduce(.zero) { $0 + $1.general } }
    public var totalGovernmentFund: Split { items.reduce(.zero) { $0 + $1.governmentFund } }
    public var totalOther: Split { items.reduce(.zero) { $0 + $1.other } }
    public var totalAll: Split { items.reduce(.zero) { $0 + $1.all } }

    /// 01 本年收入合计 (= 本年支出合计: no 结转/结余 in generated reports).
    public var incomeTotal: Int64 { totalAll.total }
    public var financialTotal: Int64 { totalGeneral.total + totalGovernmentFund.total }

    public var priorGeneral: Int64 { priorGeneralByCategory.values.reduce(0, +) }
    public var priorFinancial: Int64 { priorGeneral + priorGovernmentFund }
    public var priorIncomeTotal: Int64 { priorFinancial + priorOtherIncome }
    public var totalBudget: Int64 { budgetByCategory.values.reduce(0, +) }

    /// Amount of a 06 code: a group sums its children; a 5-digit code is stored.
    public func economic(_ code: String) -> Int64 {
        if code.count == 3 {
            return economicItems.filter { $0.key.count == 5 && $0.key.hasPrefix(code) }.values.reduce(0, +)
        }
        return economicItems[code] ?? 0
    }

    public var personnelCost: Int64 { EconomicClassificationGrid.personnelGroups.map(economic).reduce(0, +) }
    public var publicCost: Int64 { EconomicClassificationGrid.publicGroups.map(economic).reduce(0, +) }

    public var procurementTotal: Int64 { procurementGoods + procurementWorks + procurementServices }
    public var operatingCost: Int64 { operatingCostAdministrative + operatingCostCivilServiceLike }
    public var vehicleCount: Int { vehicles.reduce(0, +) }

    /// Institutions enumerated in 第一部分 (内设机构).
    public var officeCount: Int { offices.count }
}
