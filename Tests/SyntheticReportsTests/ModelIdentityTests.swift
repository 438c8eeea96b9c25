import XCTest
@testable import SyntheticReports

/// Every identity of spec §2.a/§2.b holds exactly in generated departments. The sums are written
/// out here from the stored leaves, independently of the model's derived properties and the renderer.
final class ModelIdentityTests: XCTestCase {
    private let seeds: [UInt64] = Array(1...60) + [BundledExample.seed, 0xDEAD_BEEF, .max]

    private func departments() -> [DepartmentFigures] {
        seeds.flatMap { seed in
            [SyntheticReports.department(seed: seed),
             SyntheticReports.department(seed: seed, options: .init(governmentFund: true, otherIncome: true)),
             SyntheticReports.department(seed: seed, options: .init(amountsInYuan: true))]
        }
    }

    func testFunctionHierarchyAddsUp() {
        for f in departments() {
            let lines = f.lines
            for line in lines where line.level != .item {
                let children = f.items.filter { $0.code.hasPrefix(line.code) }
                XCTAssertEqual(line.general.basic, children.map(\.general.basic).reduce(0, +), "\(f.name) \(line.code)")
                XCTAssertEqual(line.general.project, children.map(\.general.project).reduce(0, +), "\(f.name) \(line.code)")
                XCTAssertEqual(line.governmentFund.total, children.map { $0.governmentFund.basic + $0.governmentFund.project }.reduce(0, +))
                XCTAssertEqual(line.other.total, children.map { $0.other.basic + $0.other.project }.reduce(0, +))
            }
            // 类 = Σ 款, 款 = Σ 项 using the printed lines themselves.
            for category in lines where category.level == .category {
                let sections = lines.filter { $0.level == .section && $0.code.hasPrefix(category.code) }
                XCTAssertEqual(category.all.total, sections.map(\.all.total).reduce(0, +))
                for section in sections {
                    let items = lines.filter { $0.level == .item && $0.code.hasPrefix(section.code) }
                    XCTAssertFalse(items.isEmpty)
                    XCTAssertEqual(section.all.basic, items.map(\.all.basic).reduce(0, +))
                    XCTAssertEqual(section.all.project, items.map(\.all.project).reduce(0, +))
                }
            }
            let grand = f.items.map { $0.general.basic + $0.general.project + $0.governmentFund.basic
                + $0.governmentFund.project + $0.other.basic + $0.other.project }.reduce(0, +)
            XCTAssertEqual(f.incomeTotal, grand)
            XCTAssertEqual(f.categories.map(\.all.total).reduce(0, +), grand)
            XCTAssertTrue(f.items.allSatisfy { $0.general.basic >= 0 && $0.general.project >= 0 && $0.all.total > 0 })
            XCTAssertTrue(f.items.allSatisfy { FunctionClassification.items[$0.code] != nil }, "every 项 has a catalogue name")
        }
    }

    func testEconomicItemsMatchBasicSpending() {
        for f in departments() {
            func sum(_ prefix: String) -> Int64 {
                f.economicItems.filter { $0.key.count == 5 && $0.key.hasPrefix(prefix) }.map(\.value).reduce(0, +)
            }
            let personnel = sum("301") + sum("303")
            let publicCost = sum("302") + sum("307") + sum("310") + sum("312") + sum("313") + sum("399")
            XCTAssertEqual(personnel, f.personnelCost)
            XCTAssertEqual(publicCost, f.publicCost)
            // 05 合计 基本支出 = 人员经费合计 + 公用经费合计.
            XCTAssertEqual(f.items.map(\.general.basic).reduce(0, +), personnel + publicCost, f.name)
            XCTAssertTrue(f.economicItems.values.allSatisfy { $0 > 0 })
            XCTAssertTrue(f.economicItems.keys.allSatisfy { EconomicClassificationGrid.entries[$0]?.dash == nil }, "no amount in a —— cell")
            XCTAssertEqual(sum("309") + sum("311"), 0)
            // 09 决算 = 06 items.
            XCTAssertEqual(f.economicItems["30231"] ?? 0, f.threePublicFinal.vehicleOperation)
            XCTAssertEqual(f.economicItems["30217"] ?? 0, f.threePublicFinal.reception)
            XCTAssertEqual(f.economicItems["30212"] ?? 0, f.threePublicFinal.abroad)
            XCTAssertEqual(f.economicItems["31013"] ?? 0, f.threePublicFinal.vehiclePurchase)
            // 机关运行经费 ≤ 公用经费合计, equal when every unit is 行政/参公.
            let operating = f.operatingCostAdministrative + f.operatingCostCivilServiceLike
            XCTAssertLessThanOrEqual(operating, publicCost)
            if f.administrativeOnly { XCTAssertEqual(operating, publicCost) }
        }
    }

    func testThreePublicStatisticsAndNarrativeSums() {
        for f in departments() {
            for p in [f.threePublicBudget, f.threePublicFinal] {
                XCTAssertEqual(p.total, p.abroad + p.vehiclePurchase + p.vehicleOperation + p.reception)
            }
            XCTAssertEqual(f.procurementTotal, f.procurementGoods + f.procurementWorks + f.procurementServices)
            XCTAssertLessThanOrEqual(f.procurementSME, f.procurementTotal)
            XCTAssertLessThanOrEqual(f.procurementSmall, f.procurementSME)
            XCTAssertEqual(f.vehicles.count, 8)
            XCTAssertEqual(f.vehicleCount, f.vehicles.reduce(0, +))
            if f.threePublicFinal.vehicleOperation == 0 { XCTAssertEqual(f.vehicleCount, 0) }
            // N-09: Σ per-类 budgets = total budget; every 一般公共预算 类 has a budget and a prior.
            let categories = Set(f.items.filter { $0.general.total > 0 }.map { String($0.code.prefix(3)) })
            XCTAssertEqual(Set(f.budgetByCategory.keys), categories)
            XCTAssertEqual(Set(f.priorGeneralByCategory.keys), categories)
            XCTAssertEqual(f.totalBudget, f.budgetByCategory.values.reduce(0, +))
            for project in f.performanceProjects {
                XCTAssertEqual(project.scoreHundredths, project.indicatorScores.reduce(0, +))
                XCTAssertLessThanOrEqual(project.paid, project.budget)
            }
            XCTAssertEqual(f.officeCount, f.offices.count)
            XCTAssertEqual(Set(f.responsibilities).count, f.responsibilities.count, "no duty repeated")
        }
    }

    func testDeterminism() {
        for layout in ReportLayout.allCases {
            XCTAssertEqual(SyntheticReports.report(seed: 42, layout: layout).bytes,
                           SyntheticReports.report(seed: 42, layout: layout).bytes, "\(layout)")
        }
        XCTAssertNotEqual(SyntheticReports.report(seed: 42).bytes, SyntheticReports.report(seed: 43).bytes)
        var a = SplitMix64(seed: 1), b = SplitMix64(seed: 1)
        XCTAssertEqual((0..<5).map { _ in a.next() }, (0..<5).map { _ in b.next() })
        // Reference value of SplitMix64 for seed 0 (first output).
        var zero = SplitMix64(seed: 0)
        XCTAssertEqual(zero.next(), 0xE220_A839_7B1D_CDAF)
    }

    func testFormatting() {
        XCTAssertEqual(FigureFormatting.plain(183_583), "1835.83")
        XCTAssertEqual(FigureFormatting.plain(5), "0.05")
        XCTAssertEqual(FigureFormatting.prose(183_583), "1,835.83")
        XCTAssertEqual(FigureFormatting.prose(123_456_789), "1,234,567.89")
        XCTAssertEqual(FigureFormatting.prose(0), "0")
        XCTAssertEqual(FigureFormatting.ratioHundredths(58_370, 183_583), 3_179)  // 31.79%
        XCTAssertEqual(FigureFormatting.ratioHundredths(1, 8), 1_250)
        XCTAssertEqual(FigureFormatting.ratioHundredths(1, 3), 3_333)
        XCTAssertEqual(FigureFormatting.ratioHundredths(2, 3), 6_667)  // half up
        XCTAssertEqual(FigureFormatting.ratioHundredths(1, 80_000), 0)
        XCTAssertEqual(FigureFormatting.ratioHundredths(5, 100_000), 1)  // 0.005% rounds half up to 0.01
    }
}
