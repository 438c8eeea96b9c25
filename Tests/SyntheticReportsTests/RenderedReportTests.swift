import XCTest
@testable import SyntheticReports

/// Checks on the rendered text: figure ranges, the identities as printed (read back from the
/// figures' own text), and the markers of each layout.
final class RenderedReportTests: XCTestCase {
    /// Cell values by (table, row, column), in hundredths, read from the printed figure texts.
    private struct Cells {
        var values: [String: Int64] = [:]
        init(_ report: GeneratedReport, department: Int = 0) {
            for figure in report.figures where figure.department == department {
                guard case .tableCell(let table, let row, let column) = figure.kind else { continue }
                values["\(table)|\(row)|\(column)"] = RenderedReportTests.hundredths(figure.text)
            }
        }
        func callAsFunction(_ table: String, _ row: String, _ column: String) -> Int64 {
            values["\(table)|\(row)|\(column)"] ?? 0
        }
    }

    private func narrative(_ report: GeneratedReport, _ section: String, _ quantity: String) -> String? {
        report.figures.first { $0.kind == .narrative(section: section, quantity: quantity) }?.text
    }

    /// `1,835.83` → 183583; `194.9` → 19490; `88` → 8800.
    static func hundredths(_ text: String) -> Int64 {
        let clean = text.filter { $0 != "," }
        let parts = clean.split(separator: ".", omittingEmptySubsequences: false)
        let whole = Int64(parts[0]) ?? -1
        var fraction = parts.count > 1 ? String(parts[1]) : ""
        while fraction.count < 2 { fraction += "0" }
        return whole * 100 + (Int64(fraction) ?? -1)
    }

    func testFigureRangesPointAtTheirText() {
        for layout in ReportLayout.allCases {
            for seed: UInt64 in [1, 2, 3, 77] {
                let report = SyntheticReports.report(seed: seed, layout: layout)
                XCTAssertGreaterThan(report.figures.count, 200, "\(layout)")
                for figure in report.figures {
                    XCTAssertEqual(report.text(at: figure.range), figure.text, "\(layout) \(figure.kind)")
                    let scale: Int64 = figure.decimals == 0 ? 1 : (figure.decimals == 1 ? 10 : 100)
                    if figure.unit == .amount || figure.unit == .percent {
                        XCTAssertEqual(Self.hundredths(figure.text), figure.units * (100 / scale), "\(figure.text)")
                    } else {
                        XCTAssertEqual(Int64(figure.text), figure.units)
                    }
                    // A figure is a whole number: the bytes around it are not digits.
                    let before = figure.range.lowerBound > 0 ? report.bytes[figure.range.lowerBound - 1] : 0x20
                    let after = figure.range.upperBound < report.bytes.count ? report.bytes[figure.range.upperBound] : 0x20
                    XCTAssertFalse((0x30...0x39).contains(before) || before == 0x2E, "\(layout) \(figure.kind)")
                    XCTAssertFalse((0x30...0x39).contains(after) || after == 0x2E, "\(layout) \(figure.kind)")
                }
                let keys = report.figures.map { "\($0.kind)" }
                XCTAssertEqual(Set(keys).count, keys.count, "figure kinds are unique within a department (\(layout))")
            }
        }
    }

    func testPrintedTablesSatisfyTheIdentities() {
        var reports = [BundledExample.cleanReport()]
        for layout in ReportLayout.allCases {
            for seed: UInt64 in [1, 2, 3, 4, 5, 6, 7, 8] {
                reports.append(SyntheticReports.report(seed: seed, layout: layout,
                                                       options: .init(governmentFund: seed % 2 == 0, otherIncome: seed % 3 == 0)))
            }
        }
        for report in reports {
            do {
                let layout = report.layout
                let c = Cells(report)
                let f = report.departments[0]
                let shanxi = layout != .henanSpaceSeparated
                let items = f.lines.filter { $0.level == .item }
                // T05-1, T03-1, T02-1 per row; X-13 03 = 05 + 07 per code.
                for item in items {
                    XCTAssertEqual(c("05", item.code, "小计"), c("05", item.code, "基本支出") + c("05", item.code, "项目支出"))
                    XCTAssertEqual(c("03", item.code, "本年支出合计"), c("03", item.code, "基本支出") + c("03", item.code, "项目支出"))
                    XCTAssertEqual(c("02", item.code, "本年收入合计"), c("02", item.code, "财政拨款收入") + c("02", item.code, "其他收入"))
                    XCTAssertEqual(c("02", item.code, "本年收入合计"), c("03", item.code, "本年支出合计"))  // X-06
                    if item.other.total == 0 {
                        XCTAssertEqual(c("03", item.code, "基本支出"), c("05", item.code, "基本支出") + c("07", item.code, "本年支出基本支出"))
                        XCTAssertEqual(c("03", item.code, "项目支出"), c("05", item.code, "项目支出") + c("07", item.code, "本年支出项目支出"))
                    }
                }
                // T05-2/T05-3 hierarchy (Shanxi prints 类 and 款; Henan only 项).
                let categories = Set(items.map { String($0.code.prefix(3)) })
                for column in ["小计", "基本支出", "项目支出"] {
                    let itemSum = items.map { c("05", $0.code, column) }.reduce(0, +)
                    XCTAssertEqual(c("05", "合计", column), itemSum, "\(layout) 05 合计 \(column)")
                    if shanxi {
                        XCTAssertEqual(c("05", "合计", column), categories.map { c("05", $0, column) }.reduce(0, +))
                        for category in categories {
                            let sections = Set(items.filter { $0.code.hasPrefix(category) }.map { String($0.code.prefix(5)) })
                            XCTAssertEqual(c("05", category, column), sections.map { c("05", $0, column) }.reduce(0, +))
                        }
                    }
                }
                // 01/04 totals (T01-1, T01-3…5, X-01, X-04, X-07, X-10).
                XCTAssertEqual(c("01", "本年收入合计", "收入"), c("01", "一般公共预算财政拨款收入", "收入")
                               + c("01", "政府性基金预算财政拨款收入", "收入") + c("01", "其他收入", "收入"))
                XCTAssertEqual(c("01", "本年收入合计", "收入"), c("02", "合计", "本年收入合计"))
                XCTAssertEqual(c("01", "本年支出合计", "支出"), c("03", "合计", "本年支出合计"))
                XCTAssertEqual(c("01", "总计", "收入"), c("01", "总计", "支出"))
                XCTAssertEqual(c("01", "本年支出合计", "支出"),
                               FunctionClassification.classLines.map { c("01", $0.name, "支出") }.reduce(0, +))
                XCTAssertEqual(c("04", "本年支出合计", "一般公共预算财政拨款"), c("05", "合计", "小计"))
                XCTAssertEqual(c("04", "本年支出合计", "合计"), c("04", "本年支出合计", "一般公共预算财政拨款")
                               + c("04", "本年支出合计", "政府性基金预算财政拨款"))
                XCTAssertEqual(c("04", "本年支出合计", "政府性基金预算财政拨款"), c("07", "合计", "本年支出小计"))
                // X-14, T06-1…3.
                XCTAssertEqual(c("05", "合计", "基本支出"), c("06", "人员经费合计", "决算数") + c("06", "公用经费合计", "决算数"))
                for group in EconomicClassificationGrid.groupCodes {
                    let children = EconomicClassificationGrid.entries.keys.filter { $0.count == 5 && $0.hasPrefix(group) }
                    XCTAssertEqual(c("06", group, "决算数"), children.map { c("06", $0, "决算数") }.reduce(0, +), "06 \(group)")
                }
                XCTAssertEqual(c("06", "人员经费合计", "决算数"), c("06", "301", "决算数") + c("06", "303", "决算数"))
                // T09, X-16.
                for row in ["预算数", "决算数"] {
                    XCTAssertEqual(c("09", row, "合计"), c("09", row, "因公出国（境）费") + c("09", row, "公务用车购置及运行维护费小计")
                                   + c("09", row, "公务接待费"))
                    XCTAssertEqual(c("09", row, "公务用车购置及运行维护费小计"), c("09", row, "公务用车购置费") + c("09", row, "公务用车运行维护费"))
                }
                XCTAssertEqual(c("09", "决算数", "公务用车运行维护费"), c("06", "30231", "决算数"))
                XCTAssertEqual(c("09", "决算数", "公务接待费"), c("06", "30217", "决算数"))
                // T10, X-17, N-14 (Shanxi only: the Henan template has no 统计表).
                if shanxi {
                    XCTAssertEqual(c("10", "合计", "统计数"), c("10", "货物", "统计数") + c("10", "工程", "统计数") + c("10", "服务", "统计数"))
                    let vehicles = DepartmentFigures.vehicleCategories.map { c("10", $0, "统计数") }.reduce(0, +)
                    XCTAssertEqual(c("10", "车辆数合计", "统计数"), vehicles)
                    XCTAssertLessThanOrEqual(c("10", "行政单位", "统计数") + c("10", "参照公务员法管理事业单位", "统计数"),
                                             c("06", "公用经费合计", "决算数"))
                    XCTAssertEqual(narrative(report, "九(二)", "公务用车保有量").map { Int64($0)! * 100 } ?? 0, vehicles)
                }
                // Narrative figures quote the tables (N-03, N-04, N-07, N-10).
                XCTAssertEqual(narrative(report, "三", "基本支出").map(Self.hundredths), c("03", "合计", "基本支出"))
                XCTAssertEqual(narrative(report, "六", "人员经费").map(Self.hundredths), c("06", "人员经费合计", "决算数"))
                for category in f.generalCategories {
                    let amount = narrative(report, "五(二)", "类金额 \(category.code)").map(Self.hundredths)
                    XCTAssertEqual(amount, category.general.total)
                    let share = FigureFormatting.percent(FigureFormatting.ratioHundredths(category.general.total, f.totalGeneral.total))
                    let written = narrative(report, "五(二)", "类占比 \(category.code)")
                    XCTAssertTrue(written == share || (written == "100" && share == "100.00") || (written == "0" && share == "0.00"),
                                  "\(layout) \(category.code) \(written ?? "nil") vs \(share)")
                }
                let institutions = narrative(report, "第一部分", "内设机构数")
                XCTAssertEqual(institutions, String(f.offices.count))
                if shanxi {
                    let enumerated = report.text.components(separatedBy: "个股室，分别是：").dropFirst().first?
                        .prefix { $0 != "\n" }.split(separator: "；").count
                    XCTAssertEqual(enumerated, f.offices.count, "N-21 holds in the clean report")
                }
            }
        }
    }

    func testPrintedNarrativeSumsHold() {
        for layout in [ReportLayout.shanxiTab, .henanSpaceSeparated] {
            for seed: UInt64 in 1...12 {
                let report = SyntheticReports.report(seed: seed, layout: layout)
                let f = report.departments[0]
                func figure(_ section: String, _ quantity: String) -> Int64? {
                    narrative(report, section, quantity).map(Self.hundredths)
                }
                if layout == .shanxiTab {
                    // N-09: Σ per-类 年初预算 = total; N-18: projects = Σ grade counts.
                    let budgets = f.generalCategories.compactMap { figure("五(三)", "类年初预算 \($0.code)") }
                    XCTAssertEqual(budgets.reduce(0, +), figure("五(三)", "年初预算"))
                    let grades = ["优", "良", "中"].compactMap { figure("十(四)", $0) }.reduce(0, +)
                    XCTAssertEqual(grades, figure("十(四)", "绩效自评项目数"))
                    XCTAssertEqual(figure("十(四)", "绩效自评资金"), figure("十(四)", "一般公共预算项目支出"))
                } else {
                    let budgets = f.lines.filter { $0.level == .item && $0.general.total != 0 }
                        .compactMap { figure("五(三)", "项年初预算 \($0.code)") }
                    XCTAssertEqual(budgets.reduce(0, +), figure("五(三)", "年初预算"))
                    let grades = ["优", "良", "中"].compactMap { figure("十三", $0) }.reduce(0, +)
                    XCTAssertEqual(grades, figure("十三", "绩效自评项目数"))
                }
                XCTAssertFalse(report.figures.contains { $0.text.contains("\n") })
            }
        }
    }

    func testLayoutMarkers() {
        let tab = SyntheticReports.report(seed: 5, layout: .shanxiTab, options: .init(governmentFund: false)).text
        for marker in ["公开01表\n", "公开02\n\n表\n", "金额单位：万\n\n元", "说明：本表无数据", "———", "——", "栏次\t\t1\t2\t3",
                       "人员经费合计\t\t", "\t\t\t\t\t\t\t\t", "第三部分 情况说明", "本年度无此项收支。", "（一）车辆数合计（辆）\t7\t",
                       "（二）单价100万元（含）以上设备（不含车辆）\t17\t", "第四部分 名词解释", "部门名称：", "2024年度部门决算公开"] {
            XCTAssertTrue(tab.contains(marker), "shanxiTab lacks \(marker.debugDescription)")
        }
        XCTAssertFalse(tab.contains("<b>"))
        XCTAssertTrue(tab.split(separator: "\n", omittingEmptySubsequences: false).contains { $0.hasPrefix("⇥") == false && $0.hasSuffix("\t") },
                      "trailing TABs kept")

        let markdown = SyntheticReports.report(seed: 5, layout: .shanxiMarkdown).text
        for marker in ["\n# ", "\n## 收入决算表", "<b>本年收入合计</b>", "---------\t------", "\n  \n", "<b>第一部分 概况</b>\t1",
                       "公开02\n\n表\n\n金额单位：万元"] {
            XCTAssertTrue(markdown.contains(marker), "shanxiMarkdown lacks \(marker.debugDescription)")
        }
        let totals = markdown.split(separator: "\n").first { $0.contains("人员经费合计") }?.split(separator: "\t", omittingEmptySubsequences: false)
        XCTAssertEqual(totals?.count, 12)
        XCTAssertEqual(totals?.last, "", "the 公用经费合计 value sits in cell 11 (V-08)")

        let henan = SyntheticReports.report(seed: 5, layout: .henanSpaceSeparated).text
        for marker in ["公开 01 表", "公开 06 表", "部门：", " 单位：万元", "科目编码", "经济分类", "人员经费合计 ", "第三部分 2024 年度部门决算情况说明",
                       "十三、预算绩效情况说明", "\n\n", "\n 第二部分"] {
            XCTAssertTrue(henan.contains(marker), "henan lacks \(marker.debugDescription)")
        }
        XCTAssertFalse(henan.contains("\t"))
        XCTAssertFalse(henan.contains("公开10表") || henan.contains("部门决算公开相关信息统计表"))
        let lines = henan.split(separator: "\n", omittingEmptySubsequences: false)
        for (index, line) in lines.enumerated() where index % 2 == 1 {
            XCTAssertTrue(line.isEmpty, "every physical line is followed by a blank line (line \(index + 1))")
        }
        XCTAssertFalse(henan.contains("\n20101"), "项-only codes: no 类/款 rows")

        let yuan = SyntheticReports.report(seed: 5, layout: .yuanUnit).text
        XCTAssertTrue(yuan.contains("金额单位：元"))
        XCTAssertFalse(yuan.contains("金额单位：万元"))
        XCTAssertTrue(yuan.contains("项目\t金额\t项目\t金额\n"), "no 行次 column")
        XCTAssertTrue(yuan.contains("万元") == false || yuan.contains("单价100万元"))
    }
}
