/// Builds a department's figures from a seed. All amounts are integers in minor units, drawn
/// at the leaves; totals are derived (see `DepartmentFigures`), so the identities hold exactly.
public struct DepartmentGenerator {
    public struct Options: Sendable {
        /// Department name; nil picks one from the seed.
        public var departmentName: String?
        public var year: Int
        /// Include 政府性基金 spending (table 07); nil lets the seed decide.
        public var governmentFund: Bool?
        /// Include spending financed by 其他收入 (tables 01–03 only); nil lets the seed decide.
        public var otherIncome: Bool?
        /// Amounts in 元 (minor unit 0.01 元) instead of 万元 (minor unit 0.01 万元).
        public var amountsInYuan: Bool
        /// Kind of department (`工业和信息化局`, `商务局`, `发展和改革局`, `科学技术局`, `应急管理局`); nil lets the seed decide.
        public var bureau: String?

        public init(departmentName: String? = nil, year: Int = 2024, governmentFund: Bool? = nil,
                    otherIncome: Bool? = nil, amountsInYuan: Bool = false, bureau: String? = nil) {
            self.bureau = bureau
            self.departmentName = departmentName
            self.year = year
            self.governmentFund = governmentFund
            self.otherIncome = otherIncome
            self.amountsInYuan = amountsInYuan
        }
    }

    private var rng: SplitMix64
    private let options: Options

    public init(seed: UInt64, options: Options = Options()) {
        rng = SplitMix64(seed: seed)
        self.options = options
    }

    /// Minor units per 0.01 万元 (1, or 10 000 in 元 mode): scales the generator's thresholds.
    private var unitScale: Int64 { options.amountsInYuan ? 10_000 : 1 }

    /// A leaf amount drawn in 万元 (`min…max`, whole 万元 bounds) with cents; in 元 when asked.
    private mutating func amount(_ min: Int64, _ max: Int64) -> Int64 {
        let wanCents = rng.int(min * 100...max * 100)
        return leaf(wanCents)
    }

    /// Converts a 0.01 万元 draw to the minor unit of the report (adds 元-level detail in 元 mode).
    private mutating func leaf(_ wanCents: Int64) -> Int64 {
        options.amountsInYuan ? wanCents * 10_000 + rng.int(0...9_999) : wanCents
    }

    public mutating func generate() -> DepartmentFigures {
        let randomProfile = rng.pick(DepartmentProfile.all)
        let profile = DepartmentProfile.all.first { $0.bureau == options.bureau } ?? randomProfile
        let county = rng.pick(Wording.counties)
        let name = options.departmentName ?? county + profile.bureau
        let hasInstitutions = profile.institutionItem != nil && rng.chance(60)
        var items: [DepartmentFigures.Item] = []
        func add(_ code: String, basic: Int64 = 0, project: Int64 = 0) {
            items.append(.init(code: code, general: .init(basic: basic, project: project),
                               governmentFund: .zero, other: .zero))
        }

        // Personnel and running costs (basic spending).
        let adminProject = rng.chance(25) ? amount(1, 8) : 0
        add(profile.administrationItem, basic: amount(150, 420), project: adminProject)
        if let affairs = profile.affairsItem { add(affairs, project: amount(8, 80)) }
        if hasInstitutions, let institution = profile.institutionItem { add(institution, basic: amount(60, 240)) }
        if rng.chance(70) { add("2080501", basic: amount(5, 60)) }
        add("2080502", basic: amount(20, 150))
        add("2080505", basic: amount(20, 60))
        if rng.chance(60) { add("2080506", basic: amount(8, 40)) }
        if rng.chance(30) { add("2080801", basic: amount(3, 30)) }
        if rng.chance(30) { add("2100799", basic: amount(0, 2)) }
        add("2101101", basic: amount(5, 20))
        if hasInstitutions { add("2101102", basic: amount(4, 15)) }
        if rng.chance(40) { add("2101103", basic: amount(1, 6)) }
        add("2210201", basic: amount(15, 50))

        // Projects.
        let projects = rng.pickSubset(profile.projectItems, count: rng.int(1...min(3, profile.projectItems.count)))
        for project in projects where !items.contains(where: { $0.code == project.code }) {
            add(project.code, project: amount(project.min, project.max))
        }
        if rng.chance(15) { add("2299999", project: amount(5, 40)) }

        // 政府性基金 and 其他收入.
        if options.governmentFund ?? rng.chance(30) {
            let code = rng.chance(60) ? "2120809" : "2290402"
            items.append(.init(code: code, general: .zero,
                               governmentFund: .init(basic: 0, project: amount(50, 900)), other: .zero))
        }
        if options.otherIncome ?? rng.chance(15), let index = items.indices.first(where: { items[$0].general.basic > 0 }) {
            items[index].other = .init(basic: amount(2, 30), project: 0)
        }
        items.sort { $0.code < $1.code }

        var figures = DepartmentFigures(
            name: name, year: options.year, responsibilities: [], offices: [], subordinateUnits: [],
            administrativeOnly: !hasInstitutions, items: items,
            budgetByCategory: [:], budgetByItem: [:], priorGeneralByCategory: [:], priorGovernmentFund: 0, priorOtherIncome: 0,
            categoryUse: [:], categoryReason: [:], totalChangeReason: "",
            economicItems: [:], threePublicBudget: .zero, threePublicFinal: .zero, threePublicPrior: .zero,
            receptionBatches: 0, receptionPersons: 0,
            procurementGoods: 0, procurementWorks: 0, procurementServices: 0, procurementSME: 0, procurementSmall: 0,
            operatingCostAdministrative: 0, operatingCostCivilServiceLike: 0, priorOperatingCost: 0,
            vehicles: Array(repeating: 0, count: 8), largeEquipment: 0, performanceProjects: [])
        describe(&figures, profile: profile, hasInstitutions: hasInstitutions)
        budgetsAndPriorYear(&figures)
        threePublicAndAssets(&figures)
        economicItems(&figures)
        performance(&figures, projects: projects.map { ($0.code, $0.use) })
        return figures
    }

    // MARK: - Steps

    private mutating func describe(_ f: inout DepartmentFigures, profile: DepartmentProfile,
                                   hasInstitutions: Bool) {
        let domains = profile.duties
        // Every (template, domain) pair once, in a seed-dependent order, so no duty repeats.
        var pairs: [String] = []
        for template in Wording.dutyTemplates {
            for domain in domains { pairs.append(template.replacing("{D}", with: domain)) }
        }
        var duties: [String] = []
        let count = rng.int(18...26)
        for (position, index) in rng.pickSubset(Array(pairs.indices), count: count).enumerated() {
            // Keep the first duty the template's opening sentence.
            duties.append(position == 0 ? Wording.dutyTemplates[0].replacing("{D}", with: domains[0]) : pairs[index])
        }
        duties.append(rng.pick(Wording.closingDuties))
        f.responsibilities = duties

        let officeCount = rng.int(6...13)
        let names = rng.pickSubset(Array(Wording.officeNames.indices), count: officeCount)
        f.offices = names.map { index in
            .init(name: Wording.officeNames[index],
                  duty: Wording.officeDuties[index % Wording.officeDuties.count] + rng.pick(Wording.officeDutySuffixes))
        }
        if hasInstitutions {
            let stem = f.name.replacing(profile.bureau, with: "")
            let candidates = [stem + "产业发展服务中心", stem + "经济运行监测中心", stem + "中小企业服务中心"]
            f.subordinateUnits = Array(candidates.prefix(rng.int(1...3)))
        }
    }

    private mutating func budgetsAndPriorYear(_ f: inout DepartmentFigures) {
        let categories = f.generalCategories
        for (index, category) in categories.enumerated() {
            let final = category.general.total
            let budget = category.code == "229" ? 0 : max(1, rng.scale(final, 82, 112))
            f.budgetByCategory[category.code] = budget
            let isNew = index > 0 && category.code != "208" && rng.chance(12)
            f.priorGeneralByCategory[category.code] = isNew ? 0 : max(1, rng.scale(final, 55, 150))
            f.categoryUse[category.code] = Wording.categoryUses[category.code] ?? "相关业务支出"
            let items = f.items.filter { $0.code.hasPrefix(category.code) && $0.general.total > 0 }
            let weights = items.map { max(1, rng.scale($0.general.total, 80, 120)) }
            for (item, part) in zip(items, rng.partition(budget, weights: weights)) {
                f.budgetByItem[item.code] = part
            }
        }
        for category in categories {
            let prior = f.priorGeneralByCategory[category.code] ?? 0
            let up = category.general.total >= prior
            let bank = up ? Wording.increaseReasons : Wording.decreaseReasons
            f.categoryReason[category.code] = prior == 0 ? "本年度新增该科目支出" : rng.pick(bank)
        }
        let fund = f.totalGovernmentFund.total
        f.priorGovernmentFund = fund > 0 && rng.chance(60) ? max(1, rng.scale(fund, 40, 160)) : 0
        let other = f.totalOther.total
        f.priorOtherIncome = other > 0 ? max(1, rng.scale(other, 60, 140)) : 0
        f.totalChangeReason = f.incomeTotal >= f.priorIncomeTotal
            ? "本年度项目资金及人员经费增加" : "本年度项目资金减少，厉行节约压缩一般性支出"
    }

    private mutating func threePublicAndAssets(_ f: inout DepartmentFigures) {
        let hasVehicles = rng.chance(80)
        var final = DepartmentFigures.ThreePublic.zero
        if hasVehicles { final.vehicleOperation = amount(1, 8) }
        if rng.chance(40) { final.reception = amount(0, 2) }
        if rng.chance(8) { final.abroad = amount(2, 6) }
        if hasVehicles && rng.chance(12) { final.vehiclePurchase = amount(15, 25) }
        f.threePublicFinal = final
        func budgetFor(_ value: Int64) -> Int64 { rng.chance(50) ? value : value + rng.scale(value, 0, 20) }
        f.threePublicBudget = .init(abroad: budgetFor(final.abroad), vehiclePurchase: budgetFor(final.vehiclePurchase),
                                    vehicleOperation: budgetFor(final.vehicleOperation), reception: budgetFor(final.reception))
        func priorFor(_ value: Int64) -> Int64 { rng.chance(35) ? value : rng.scale(value, 70, 130) }
        f.threePublicPrior = .init(abroad: priorFor(final.abroad), vehiclePurchase: 0,
                                   vehicleOperation: priorFor(final.vehicleOperation), reception: priorFor(final.reception))
        if final.reception > 0 {
            f.receptionBatches = rng.int(3...20)
            f.receptionPersons = f.receptionBatches * rng.int(3...6)
        }
        if hasVehicles {
            var vehicles = Array(repeating: 0, count: 8)
            vehicles[2] = rng.int(0...2)
            vehicles[3] = rng.int(1...6)
            if rng.chance(30) { vehicles[4] = rng.int(1...3) }
            f.vehicles = vehicles
        }
        if rng.chance(50) {
            f.procurementGoods = amount(0, 30)
            f.procurementWorks = rng.chance(20) ? amount(20, 200) : 0
            f.procurementServices = rng.chance(60) ? amount(2, 100) : 0
            f.procurementSME = rng.scale(f.procurementTotal, 60, 100)
            f.procurementSmall = rng.scale(f.procurementSME, 50, 100)
        }
        f.largeEquipment = rng.chance(10) ? rng.int(1...2) : 0
    }

    private mutating func economicItems(_ f: inout DepartmentFigures) {
        let basic = f.totalGeneral.basic
        var items: [String: Int64] = [:]
        // Personnel items that mirror functional items (heuristics of spec §2.b).
        let mirrors: [(String, [String])] = [
            ("30108", ["2080505"]), ("30109", ["2080506"]), ("30113", ["2210201"]),
            ("30110", ["2101101", "2101102"]), ("30111", ["2101103"]), ("30301", ["2080501"]),
            ("30302", ["2080502"]), ("30304", ["2080801"]), ("30399", ["2100799"]),
        ]
        var mirrored: Int64 = 0
        for (economic, functional) in mirrors {
            let value = f.items.filter { functional.contains($0.code) }.reduce(0) { $0 + $1.general.basic }
            if value > 0 { items[economic] = value; mirrored += value }
        }
        let free = basic - mirrored
        var three = f.threePublicFinal
        if three.total + 500 * unitScale > free / 3 { three.vehiclePurchase = 0; three.abroad = 0 }
        if three.total + 500 * unitScale > free / 3 { three = .zero }
        if three != f.threePublicFinal {
            f.threePublicFinal = three
            f.threePublicBudget = three
            f.threePublicPrior = three
            if three.vehicleOperation == 0 { f.vehicles = Array(repeating: 0, count: 8) }
        }
        let publicTarget = min(max(rng.scale(basic, 3, 8), three.total + 300 * unitScale), free / 3)
        let rest = publicTarget - three.total
        let publicCodes = ["30201", "30205", "30206", "30207", "30211", "30213", "30228", "30229", "30239", "30299", "31002"]
        let publicWeights = publicCodes.map { code -> Int64 in
            ["30201", "30211", "30228"].contains(code) ? rng.int(5...30) : (rng.chance(55) ? rng.int(1...15) : 0)
        }
        for (code, part) in zip(publicCodes, rng.partition(rest, weights: publicWeights)) where part > 0 {
            items[code] = part
        }
        if three.abroad > 0 { items["30212"] = three.abroad }
        if three.reception > 0 { items["30217"] = three.reception }
        if three.vehicleOperation > 0 { items["30231"] = three.vehicleOperation }
        if three.vehiclePurchase > 0 { items["31013"] = three.vehiclePurchase }

        let salary = free - publicTarget
        let salaryCodes = ["30101", "30102", "30103", "30107", "30112", "30199", "30309", "30305"]
        let salaryWeights: [Int64] = [rng.int(28...36), rng.int(8...16), rng.int(0...5), rng.int(15...25),
                                      rng.int(2...4), rng.chance(30) ? rng.int(1...3) : 0,
                                      rng.chance(30) ? Int64(1) : 0, rng.chance(25) ? rng.int(1...3) : 0]
        for (code, part) in zip(salaryCodes, rng.partition(salary, weights: salaryWeights)) where part > 0 {
            items[code] = part
        }
        f.economicItems = items

        // 机关运行经费 and its prior year.
        let publicCost = f.publicCost
        if f.administrativeOnly {
            if rng.chance(30) { f.operatingCostCivilServiceLike = publicCost } else { f.operatingCostAdministrative = publicCost }
        } else {
            f.operatingCostAdministrative = rng.scale(publicCost, 50, 90)
        }
        f.priorOperatingCost = rng.chance(10) ? f.operatingCost : max(1, rng.scale(f.operatingCost, 80, 125))
    }

    private mutating func performance(_ f: inout DepartmentFigures, projects: [(String, String)]) {
        var list: [DepartmentFigures.PerformanceProject] = []
        var names = Wording.projectNames
        for item in f.items where item.general.project > 0 {
            let use = projects.first { $0.0 == item.code }?.1 ?? item.name + "项目"
            // A 项 is made of one to three 二级项目; their payments add up to the 项's project spending.
            let count = item.general.project >= 3_000 * unitScale ? rng.int(2...5) : 1
            let paidParts = rng.partition(item.general.project, weights: (0..<count).map { _ in rng.int(Int64(2)...Int64(9)) })
            for (index, paid) in paidParts.enumerated() {
                var name = use
                if index > 0, !names.isEmpty { name = names.remove(at: rng.int(0...(names.count - 1))) }
                let budget = rng.chance(40) ? paid : paid + rng.scale(paid, 1, 15)
                let execution = budget == 0 ? 1_000 : (FigureFormatting.ratioHundredths(paid, budget) + 5) / 10
                var scores: [Int64] = [execution]
                for maximum in DepartmentFigures.PerformanceProject.maxima.dropFirst() {
                    scores.append(rng.chance(70) ? maximum * 100 : maximum * 100 - rng.int(Int64(50)...maximum * 30))
                }
                list.append(.init(name: "\(f.year)年\(name)", budget: budget, paid: paid, indicatorScores: scores))
            }
        }
        f.performanceProjects = list
    }
}
