/// Composes 第一部分 概况, 第三部分 情况说明 (sections 一…十, seed sentence patterns N-01…N-21),
/// 第四部分 名词解释 and 第五部分 附件 from a department's figures.
struct NarrativeComposer {
    let f: DepartmentFigures
    let s: NarrativeSegments

    init(_ figures: DepartmentFigures, yuan: Bool) {
        f = figures
        s = NarrativeSegments(yuan: yuan)
    }

    private var y: String { String(f.year) }
    private var u: String { s.unit }

    // MARK: - 第一部分 概况

    func overview() -> [NarrativeBlock] {
        var blocks: [NarrativeBlock] = [.heading("第一部分 概况", level: 1), .heading("一、本部门（单位）职责", level: 2)]
        for (index, duty) in f.responsibilities.enumerated() {
            let text = "\(index + 1)、" + duty
            blocks.append(index < 10 ? .listItem([.text(text)]) : .paragraph([.text(text)]))
        }
        blocks.append(.heading("二、机构设置情况", level: 2))
        var list: [Segment] = [.text("我单位设置"), s.count(f.officeCount, "第一部分", "内设机构数"), .text("个股室，分别是：")]
        list.append(.text(f.offices.enumerated().map { "\($0.offset + 1)、\($0.element.name)" }.joined(separator: "；") + "。"))
        blocks.append(.paragraph(list))
        for (index, office) in f.offices.enumerated() {
            blocks.append(.paragraph([.text("\(index + 1)、\(office.name)，\(office.duty)")]))
        }
        if f.subordinateUnits.isEmpty {
            blocks.append(.paragraph([.text("我单位为一级单位，无下属二级单位。")]))
        } else {
            blocks.append(.paragraph([.text("我单位为一级单位，下属二级单位"), s.count(f.subordinateUnits.count, "第一部分", "下属单位数"),
                                      .text("个，分别是" + f.subordinateUnits.joined(separator: "、") + "。")]))
        }
        return blocks
    }

    // MARK: - 第三部分 情况说明

    func explanation() -> [NarrativeBlock] {
        var b: [NarrativeBlock] = [.heading("第三部分 情况说明", level: 1)]
        let total = f.incomeTotal
        let priorTotal = f.priorIncomeTotal

        b.append(.heading("一、收入支出决算总体情况说明", level: 2))
        b.append(.paragraph([.text("\(y)年度收入总计"), s.amount(total, "一", "收入总计"), .text("\(u)，支出总计"),
                             s.amount(total, "一", "支出总计"), .text("\(u)。与上年相比，收入总计")]
                            + s.change(current: total, prior: priorTotal, "一", "收入总计") + [.text("，支出总计")]
                            + s.change(current: total, prior: priorTotal, "一", "支出总计")
                            + [.text("。主要原因是\(f.totalChangeReason)。")]))

        b.append(.heading("二、收入决算情况说明", level: 2))
        var income: [Segment] = [.text("\(y)年度收入合计"), s.amount(total, "二", "收入合计"), .text("\(u)，其中："), .text("\n"),
                                 .text("财政拨款收入"), s.amount(f.financialTotal, "二", "财政拨款收入"), .text("\(u)，占比"),
                                 s.percent(f.financialTotal, total, "二", "财政拨款收入占比"), .text("%")]
        if f.totalOther.total > 0 {
            income += [.text("；"), .text("\n"), .text("其他收入"), s.amount(f.totalOther.total, "二", "其他收入"), .text("\(u)，占比"),
                       s.percent(f.totalOther.total, total, "二", "其他收入占比"), .text("%")]
        }
        b.append(.paragraph(income + [.text("。")]))

        b.append(.heading("三、支出决算情况说明", level: 2))
        let spending = f.totalAll
        var lines: [Segment] = [.text("\(y)年度支出合计"), s.amount(total, "三", "支出合计"), .text("\(u)，其中："), .text("\n")]
        lines += [.text("基本支出"), s.amount(spending.basic, "三", "基本支出"), .text("\(u)，占比"),
                  s.percent(spending.basic, total, "三", "基本支出占比"), .text("%；"), .text("\n")]
        lines += [.text("项目支出"), s.amount(spending.project, "三", "项目支出"), .text("\(u)，占比"),
                  s.percent(spending.project, total, "三", "项目支出占比"), .text("%。")]
        b.append(.paragraph(lines))

        b.append(.heading("四、财政拨款收支决算总体情况说明", level: 2))
        let financial = f.financialTotal
        let priorFinancial = f.priorFinancial
        b.append(.paragraph([.text("\(y)年度财政拨款收入总计"), s.amount(financial, "四", "财政拨款收入总计"), .text("\(u)，支出总计"),
                             s.amount(financial, "四", "财政拨款支出总计"), .text("\(u)。与上年相比，财政拨款收入总计")]
                            + s.change(current: financial, prior: priorFinancial, "四", "财政拨款收入总计") + [.text("；财政拨款支出总计")]
                            + s.change(current: financial, prior: priorFinancial, "四", "财政拨款支出总计")
                            + [.text("。主要原因是\(f.totalChangeReason)。")]))

        b += generalBudget()
        b += basicSpending()

        b.append(.heading("七、政府性基金预算财政拨款收支决算情况说明", level: 2))
        let fund = f.totalGovernmentFund.total
        if fund == 0 {
            b.append(.paragraph([.text("本年度无此项收支。")]))
        } else {
            b.append(.paragraph([.text("\(y)年度政府性基金预算财政拨款收入总计"), s.amount(fund, "七", "政府性基金收入总计"),
                                 .text("\(u)、支出总计"), s.amount(fund, "七", "政府性基金支出总计"),
                                 .text("\(u)。与上年相比，政府性基金预算财政拨款支出")]
                                + s.change(current: fund, prior: f.priorGovernmentFund, "七", "政府性基金支出")
                                + [.text("，主要原因是本年度安排政府性基金项目支出。")]))
        }
        b.append(.heading("八、国有资本经营预算财政拨款支出决算情况说明", level: 2))
        b.append(.paragraph([.text("本年度无此项支出。")]))

        b += threePublic()
        b += otherMatters()
        return b
    }

    private func generalBudget() -> [NarrativeBlock] {
        var b: [NarrativeBlock] = [.heading("五、一般公共预算财政拨款支出决算情况说明", level: 2)]
        let general = f.totalGeneral.total
        b.append(.heading("（一）一般公共预算财政拨款支出决算总体情况", level: 3))
        b.append(.paragraph([.text("\(y)年一般公共预算财政拨款决算支出"), s.amount(general, "五(一)", "一般公共预算财政拨款支出"),
                             .text("\(u)，占本年支出合计的"), s.percent(general, f.incomeTotal, "五(一)", "占本年支出合计比例"),
                             .text("%。与上年相比，一般公共预算财政拨款支出")]
                            + s.change(current: general, prior: f.priorGeneral, "五(一)", "一般公共预算财政拨款支出")
                            + [.text("。主要原因是\(f.totalChangeReason)。")]))

        b.append(.heading("（二）一般公共预算财政拨款支出决算结构情况", level: 3))
        var structure: [Segment] = [.text("\(y)年度一般公共预算财政拨款支出"), s.amount(general, "五(二)", "一般公共预算财政拨款支出"),
                                    .text("\(u)，主要用于以下方面：")]
        let categories = f.generalCategories
        for (index, category) in categories.enumerated() {
            structure += [.text("\n"), .text(category.name + "(类)"), s.amount(category.general.total, "五(二)", "类金额 \(category.code)"),
                          .text("\(u)，占比"), s.percent(category.general.total, general, "五(二)", "类占比 \(category.code)"),
                          .text(index == categories.count - 1 ? "%。" : "%；")]
        }
        b.append(.paragraph(structure))

        b.append(.heading("（三）一般公共预算财政拨款支出决算具体情况", level: 3))
        let budget = f.totalBudget
        b.append(.paragraph([.text("\(y)年度一般公共预算财政拨款支出年初预算"), s.amount(budget, "五(三)", "年初预算"),
                             .text("\(u)，支出决算"), s.amount(general, "五(三)", "支出决算"), .text("\(u)，完成年初预算的"),
                             s.percent(general, budget, "五(三)", "完成年初预算比例"), .text("%。其中：")]))
        for category in categories {
            let code = category.code
            let final = category.general.total
            let categoryBudget = f.budgetByCategory[code] ?? 0
            var p: [Segment] = [.text(category.name + "年初预算"), s.amount(categoryBudget, "五(三)", "类年初预算 \(code)"),
                                .text("\(u)，支出决算"), s.amount(final, "五(三)", "类支出决算 \(code)")]
            if categoryBudget > 0 {
                p += [.text("\(u)，完成年初预算的"), s.percent(final, categoryBudget, "五(三)", "类完成年初预算比例 \(code)"), .text("%")]
            } else {
                p.append(.text(u))
            }
            p.append(.text("，用于\(f.categoryUse[code] ?? "相关业务支出")。较上年决算"))
            p += s.change(current: final, prior: f.priorGeneralByCategory[code] ?? 0, "五(三)", "类较上年 \(code)")
            p.append(.text("，主要原因是\(f.categoryReason[code] ?? "业务需要")。"))
            b.append(.paragraph(p))
        }
        return b
    }

    private func basicSpending() -> [NarrativeBlock] {
        var b: [NarrativeBlock] = [.heading("六、一般公共预算财政拨款基本支出决算情况说明", level: 2)]
        b.append(.paragraph([.text("\(y)年度财政拨款基本支出"), s.amount(f.totalGeneral.basic, "六", "基本支出"), .text("\(u)，其中：")]))
        func listed(_ codes: [String]) -> [Segment] {
            var result: [Segment] = []
            let present = codes.filter { f.economic($0) > 0 }.prefix(5)
            for (index, code) in present.enumerated() {
                if index > 0 { result.append(.text("、")) }
                result += [.text(EconomicClassificationGrid.name(of: code)), s.amount(f.economic(code), "六", "经济分类 \(code)"), .text(u)]
            }
            return result
        }
        b.append(.paragraph([.text("人员经费"), s.amount(f.personnelCost, "六", "人员经费"), .text("\(u)，主要包括")]
                            + listed(["30101", "30102", "30107", "30108", "30113", "30302"]) + [.text("等；")]))
        b.append(.paragraph([.text("公用经费"), s.amount(f.publicCost, "六", "公用经费"), .text("\(u)，主要包括")]
                            + listed(["30201", "30211", "30228", "30229", "30231", "30239"]) + [.text("等。")]))
        return b
    }

    private func threePublic() -> [NarrativeBlock] {
        var b: [NarrativeBlock] = [.heading("九、财政拨款“三公”经费支出决算情况说明", level: 2),
                                   .heading("（一）“三公”经费财政拨款支出决算总体情况说明", level: 3)]
        let budget = f.threePublicBudget
        let final = f.threePublicFinal
        let prior = f.threePublicPrior
        var overall: [Segment] = [.text("\(y)年度“三公”经费财政拨款支出全年预算"), s.amount(budget.total, "九(一)", "三公全年预算"),
                                  .text("\(u)，支出决算"), s.amount(final.total, "九(一)", "三公支出决算")]
        if budget.total > 0 {
            overall += [.text("\(u)，完成全年预算的"), s.percent(final.total, budget.total, "九(一)", "三公完成全年预算比例"), .text("%")]
        } else {
            overall.append(.text(u))
        }
        if final.total == prior.total {
            overall.append(.text("，与上年“三公”经费财政拨款支出决算相同。其中："))
        } else {
            overall += [.text("，比上年度")] + s.change(current: final.total, prior: prior.total, "九(一)", "三公较上年")
                + [.text(final.total > prior.total ? "，主要原因是：公务活动增加，公务用车运行维护费用相应增加。其中："
                                                   : "，主要原因是：厉行节约，严格控制“三公”经费支出。其中：")]
        }
        b.append(.paragraph(overall))
        let parts: [(String, String, Int64, Int64, Int64)] = [
            ("因公出国（境）费", "出国", final.abroad, budget.abroad, prior.abroad),
            ("公务用车购置费", "购置", final.vehiclePurchase, budget.vehiclePurchase, prior.vehiclePurchase),
            ("公务用车运行维护费", "运行", final.vehicleOperation, budget.vehicleOperation, prior.vehicleOperation),
            ("公务接待费", "接待", final.reception, budget.reception, prior.reception),
        ]
        for (index, part) in parts.enumerated() {
            let end = index == parts.count - 1 ? "。" : "；"
            var p: [Segment] = [.text(part.0 + "支出"), s.amount(part.2, "九(一)", "\(part.1)支出决算")]
            if part.2 == 0 && part.4 == 0 {
                p.append(.text("\(u)，与上年相同，主要原因是：本单位无\(part.0)支出" + end))
            } else {
                p.append(.text(u))
                if part.3 > 0 {
                    p += [.text("，完成全年预算的"), s.percent(part.2, part.3, "九(一)", "\(part.1)完成全年预算比例"), .text("%")]
                }
                if part.2 == part.4 {
                    p.append(.text("，与上年相同，主要原因是：支出保持平稳" + end))
                } else {
                    p += [.text("，比上年度")] + s.change(current: part.2, prior: part.4, "九(一)", "\(part.1)较上年")
                        + [.text("，主要原因是：严格执行公务支出管理规定" + end)]
                }
            }
            b.append(.paragraph(p))
        }
        b.append(.heading("（二）“三公”经费财政拨款支出决算具体情况说明", level: 3))
        b.append(.listItem([.text("1、因公出国（境）费支出"), s.amount(final.abroad, "九(二)", "出国支出决算"),
                            .text(final.abroad > 0 ? "\(u)，出国（境）团组共1个，3人次。主要用于：赴境外开展经贸交流考察。"
                                                    : "\(u)，出国（境）团组共0个，0人次。主要用于：无。")]))
        b.append(.listItem([.text("2、公务用车购置支出"), s.amount(final.vehiclePurchase, "九(二)", "购置支出决算"),
                            .text(final.vehiclePurchase > 0 ? "\(u)，使用财政拨款共购置公务用车1辆，主要用于：更新老旧应急保障车辆。"
                                                            : "\(u)，使用财政拨款共购置公务用车0辆，主要用于：无。")]))
        b.append(.listItem([.text("3、公务用车运行维护费支出"), s.amount(final.vehicleOperation, "九(二)", "运行支出决算"),
                            .text("\(u)，使用财政拨款负担的公务用车保有量共"), s.count(f.vehicleCount, "九(二)", "公务用车保有量"),
                            .text("辆，主要用于：公务活动所需燃料费、保险费以及维修费。")]))
        b.append(.listItem([.text("4、公务接待费支出"), s.amount(final.reception, "九(二)", "接待支出决算"),
                            .text("\(u)，共接待\(f.receptionBatches)批次，\(f.receptionPersons)人次。国内接待费"),
                            s.amount(final.reception, "九(二)", "国内接待费"),
                            .text("\(u)，共接待\(f.receptionBatches)批次，\(f.receptionPersons)人次，主要是上级部门检查指导工作及兄弟单位考察交流；国（境）外接待费0\(u)，共接待国（境）外0批次，0人次。")]))
        return b
    }

    private func otherMatters() -> [NarrativeBlock] {
        var b: [NarrativeBlock] = [.heading("十、其他重要事项情况说明", level: 2), .heading("（一）机关运行经费支出情况说明", level: 3)]
        var p: [Segment] = [.text("\(y)年机关运行经费支出"), s.amount(f.operatingCost, "十(一)", "机关运行经费"), .text("\(u)，比"),
                            s.year(f.year - 1, "十(一)", "上年年份"), .text("年")]
        if f.operatingCost == f.priorOperatingCost {
            p.append(.text("持平，主要原因是公用经费支出保持稳定。"))
        } else {
            p += s.change(current: f.operatingCost, prior: f.priorOperatingCost, "十(一)", "机关运行经费较上年")
            p.append(.text(f.operatingCost > f.priorOperatingCost ? "，主要原因是办公费用较上年支出增加。" : "，主要原因是落实过紧日子要求压减支出。"))
        }
        b.append(.paragraph(p))

        b.append(.heading("（二）政府采购情况说明", level: 3))
        let procurement = f.procurementTotal
        if procurement == 0 {
            b.append(.paragraph([.text("\(y)年度政府采购支出总额"), s.amount(0, "十(二)", "政府采购支出总额"), .text("\(u)。")]))
        } else {
            b.append(.paragraph([.text("\(y)年度政府采购支出总额"), s.amount(procurement, "十(二)", "政府采购支出总额"),
                                 .text("\(u)，其中：政府采购货物支出"), s.amount(f.procurementGoods, "十(二)", "货物"),
                                 .text("\(u)、政府采购工程支出"), s.amount(f.procurementWorks, "十(二)", "工程"),
                                 .text("\(u)、政府采购服务支出"), s.amount(f.procurementServices, "十(二)", "服务"),
                                 .text("\(u)。政府采购授予中小企业合同金额"), s.amount(f.procurementSME, "十(二)", "中小企业合同金额"),
                                 .text("\(u)，占政府采购支出总额的"), s.percent(f.procurementSME, procurement, "十(二)", "中小企业占比"),
                                 .text("%。其中：授予小微企业合同金额"), s.amount(f.procurementSmall, "十(二)", "小微企业合同金额"),
                                 .text("\(u)，占政府采购支出总额的"), s.percent(f.procurementSmall, procurement, "十(二)", "小微企业占比"),
                                 .text("%。")]))
        }

        b.append(.heading("（三）国有资产占用情况说明", level: 3))
        var assets: [Segment] = [.text("截至"), s.year(f.year, "十(三)", "截至年份"), .text("年12月31日，本部门（单位）共有车辆"),
                                 s.count(f.vehicleCount, "十(三)", "车辆数"), .text("辆。")]
        let used = DepartmentFigures.vehicleCategories.indices.filter { f.vehicles[$0] > 0 && $0 != 7 }
        if !used.isEmpty {
            assets.append(.text("其中："))
            for (position, index) in used.enumerated() {
                if position > 0 { assets.append(.text("、")) }
                assets += [.text(DepartmentFigures.vehicleCategories[index]),
                           s.count(f.vehicles[index], "十(三)", DepartmentFigures.vehicleCategories[index]), .text("辆")]
            }
            assets.append(.text("，"))
        }
        assets += [.text("其他用车"), s.count(f.vehicles[7], "十(三)", "其他用车"), .text("辆，其他用车主要是无。单价100万元（含）以上设备（不含车辆）"),
                   s.count(f.largeEquipment, "十(三)", "单价100万元以上设备"), .text("台（套）。")]
        b.append(.paragraph(assets))

        b.append(.heading("（四）预算绩效情况说明", level: 3))
        b.append(.heading("1、预算绩效管理工作开展情况", level: 4))
        let projects = f.performanceProjects
        let funds = projects.reduce(0) { $0 + $1.budget }
        let excellent = projects.filter { $0.grade == "优" }.count
        let good = projects.filter { $0.grade == "良" }.count
        let fair = projects.filter { $0.grade == "中" }.count
        b.append(.paragraph([.text("根据预算绩效管理要求，组织对\(y)年初预算安排的所有项目资金全面开展了绩效自评，涉及二级项目"),
                             s.count(projects.count, "十(四)", "绩效自评项目数"), .text("个，资金"), s.amount(funds, "十(四)", "绩效自评资金"),
                             .text("\(u)，其中一般公共预算项目支出"), s.amount(funds, "十(四)", "一般公共预算项目支出"),
                             .text("\(u)、政府性基金预算项目支出0\(u)、国有资本经营预算项目支出0\(u)、社会保险基金预算项目支出0\(u)。自评结果为："),
                             s.count(excellent, "十(四)", "优"), .text("个项目自评等级为“优”，"), s.count(good, "十(四)", "良"),
                             .text("个项目自评等级为“良”，"), s.count(fair, "十(四)", "中"),
                             .text("个项目自评等级为“中”，0个项目自评等级为“差”。")]))
        b.append(.heading("2、其他需要说明的事项", level: 4))
        b.append(.paragraph([.text("无。")]))
        return b
    }

    // MARK: - 第四部分, 第五部分

    func glossary() -> [NarrativeBlock] {
        let ordinals = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"]
        return [.heading("第四部分 名词解释", level: 1)]
            + Wording.glossary.enumerated().map { .paragraph([.text(ordinals[$0.offset] + "、" + $0.element)]) }
    }

    func appendix() -> [NarrativeBlock] {
        let projects = f.performanceProjects
        let budget = projects.reduce(0) { $0 + $1.budget }
        let paid = projects.reduce(0) { $0 + $1.paid }
        var b: [NarrativeBlock] = [
            .heading("第五部分 附件", level: 1),
            .paragraph([.text(f.name)]),
            .paragraph([.text("\(y) 年度绩效自评总结报告")]),
            .paragraph([.text("为贯彻落实全面实施预算绩效管理的有关要求，强化财政支出绩效管理理念和责任意识，切实提高财政资金使用效益，\(f.name)对 \(y) 年本部门项目开展了绩效自评，报告如下：")]),
            .heading("一、绩效自评工作开展情况", level: 2),
            .paragraph([.text("我单位依据年初项目的绩效目标，从项目总体绩效目标、各项绩效指标完成情况以及预算执行情况等方面对各项目预算资金产出和结果进行自我评价。")]),
        ]
        for (index, project) in projects.enumerated() {
            b.append(.listItem([.text("\(index + 1)、\(project.name)评价得分 \(FigureFormatting.plain(project.scoreHundredths)) 分，评价结果“\(project.grade)”。")]))
        }
        b.append(.heading("二、项目支出基本情况", level: 2))
        let rate = budget > 0 ? FigureFormatting.percent(FigureFormatting.ratioHundredths(paid, budget)) : "0.00"
        b.append(.paragraph([.text("我单位评价 \(projects.count) 个项目，预算资金 \(FigureFormatting.plain(budget)) \(u)，预算执行资金 \(FigureFormatting.plain(paid)) \(u)，预算执行率为 \(rate)%，具体如下表：")]))
        b.append(.paragraph([.text("项目预算执行情况表")]))
        b.append(.verbatim("项目名称\t预算指标\t支付金额"))
        for project in projects {
            b.append(.verbatim("\(project.name)\t\(FigureFormatting.prose(project.budget, zeroAsInteger: false))\t\(FigureFormatting.prose(project.paid, zeroAsInteger: false))"))
        }
        b.append(.verbatim("合计\t\(FigureFormatting.prose(budget, zeroAsInteger: false))\t\(FigureFormatting.prose(paid, zeroAsInteger: false))"))
        for project in projects {
            b += performanceTable(project)
        }
        b.append(.heading("三、部门整体支出绩效情况", level: 2))
        b += overallPerformanceTable()
        for paragraph in Wording.overallPerformance {
            b.append(.paragraph([.text(paragraph.replacing("{Y}", with: y).replacing("{N}", with: f.name))]))
        }
        b.append(.heading("四、自评发现的问题以及整改措施", level: 2))
        b.append(.listItem([.text("1、部分项目绩效指标设置不够细化、量化，指标与实际执行存在差距。")]))
        b.append(.listItem([.text("2、预算编制的精准度有待提高，个别项目执行进度偏慢。")]))
        b.append(.paragraph([.text("整改措施：")]))
        b.append(.listItem([.text("1、加强预算编制的科学性，细化量化绩效目标；")]))
        b.append(.listItem([.text("2、加强预算执行监控，提高财政资金使用效率。")]))
        b.append(.heading("五、绩效自评结果应用建议", level: 2))
        b.append(.paragraph([.text("将绩效自评结果作为以后年度预算安排和政策调整的重要依据，对绩效较好的项目优先保障，对绩效一般的项目督促整改，切实提高财政资金使用效益。")]))
        return b
    }

    /// A project 绩效自评表 in the TAB layout of seed 001's appendix (A-01, A-03, A-04 hold).
    private func performanceTable(_ p: DepartmentFigures.PerformanceProject) -> [NarrativeBlock] {
        let plain = FigureFormatting.plain
        let rate = FigureFormatting.percent(FigureFormatting.ratioHundredths(p.paid, p.budget))
        let names = ["数量指标", "数量指标", "质量指标", "质量指标", "时效指标", "成本指标", "经济效益", "社会效益", "可持续影响", "服务对象满意度"]
        let firstLevel = ["产出指标", "", "", "", "", "", "效益指标", "", "", "满意度指标"]
        let third = ["项目完成数量", "受益企业数量", "项目验收合格率", "资金使用合规率", "资金拨付及时率", "项目成本控制率",
                     "带动相关产业发展", "提升公共服务水平", "长效管理机制建立情况", "服务对象满意度"]
        let targets = ["≥1项", "≥10家", "≥95%", "100%", "≥95%", "≤100%", "持续带动", "有所提升", "逐步建立", "≥90%"]
        var lines: [NarrativeBlock] = [
            .paragraph([.text("\(p.name)项目支出绩效自评表")]),
            .paragraph([.text("(\(y)年度)")]),
            .verbatim("项目名称\t\t\(p.name)\t\t\t\t\t\t\t\t\t"),
            .verbatim("主管部门及代码\t\t\(f.name)\t\t\t预算单位\t\(f.name)本级\t\t\t\t\t"),
            .verbatim("项目资金预算安排及执行进度(\(u))\t年初预算数\t\t全年预算数\t全年执行数\t资金结转(剩)余\t执行率\t分值\t得分\t偏差原因\t"),
            .verbatim("\t资金总额:\t\(plain(p.budget))\t\(plain(p.budget))\t\(plain(p.paid))\t\(plain(p.budget - p.paid))\t\(rate)\t10\t\(plain(p.indicatorScores[0]))\t\(p.paid == p.budget ? "无" : "按实际进度支付")\t"),
            .verbatim("\t县级财政资金\t\(plain(p.budget))\t\(plain(p.budget))\t\(plain(p.paid))\t\(plain(p.budget - p.paid))\t\(rate)\t\t\t\t"),
            .verbatim("项目年度绩效目标\t年度目标\t\t\t\t\t实际完成情况\t\t\t\t\t"),
            .verbatim("\t按计划完成项目建设任务，资金使用规范，发挥项目效益。\t\t\t\t\t基本完成年度目标，资金按进度拨付。\t\t\t\t\t"),
            .verbatim("绩效指标\t一级指标\t二级指标\t三级指标\t年初指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施\t\t\t"),
        ]
        for index in names.indices {
            let maximum = DepartmentFigures.PerformanceProject.maxima[index + 1]
            let score = p.indicatorScores[index + 1]
            let reason = score == maximum * 100 ? "" : "部分指标未完全达到预期，下一步加强项目管理"
            lines.append(.verbatim("\t\(firstLevel[index])\t\(names[index])\t\(third[index])\t\(targets[index])\t\(targets[index])\t\(maximum)\t\(plain(score))\t\(reason)\t\t\t"))
        }
        lines.append(.verbatim("总分\t\t\t\t\t\t100\t\(plain(p.scoreHundredths))\t\(p.grade)\t\t\t"))
        let analysis = [
            ("项目绩效分析", "项目实施和预算执行情况", "项目按照年初确定的实施方案有序推进，资金拨付严格履行审批程序，做到专款专用，全年预算执行率\(rate)%。项目实施过程中定期开展绩效运行监控，及时发现并纠正执行偏差，确保项目按期完成。"),
            ("", "产出情况", "产出数量、质量、时效和成本指标基本达成，项目完成数量符合年度计划，验收合格率达到预期标准，资金拨付及时，成本控制在预算范围之内。"),
            ("", "效益情况", "项目实施后对推动行业转型升级、提升企业竞争力起到积极作用，带动相关产业持续发展，社会效益和经济效益逐步显现。"),
            ("", "满意度情况", "通过问卷调查和实地走访了解，服务对象对项目实施情况总体满意，满意度达到预期目标。"),
            ("", "主要经验做法", "加强项目全过程监督管理，建立项目台账，明确责任分工，根据项目进度及时拨付资金，保证项目顺利实施。"),
            ("", "项目管理中存在的主要问题及原因分析", "部分绩效指标设置不够细化，个别指标难以量化考核；项目前期论证不够充分，执行进度与预算安排存在一定差距。"),
        ]
        for (first, label, text) in analysis {
            lines.append(.verbatim("\(first)\t\(label)\t\t\(text)\t\t\t\t\t\t\t\t"))
        }
        lines.append(.verbatim("下一步改进措施及管理建议\t\t加强项目全过程绩效监控，科学合理设置绩效目标，提高预算编制的精准度，强化绩效评价结果应用。\t\t\t\t\t\t\t\t\t"))
        lines.append(.verbatim("备注：1.“全年预算数”的取数规则，如果年初预算未调整，取年初预算数；如果有调整，取调整后的预算数。"))
        lines.append(.verbatim(" 2.“全年执行数”是指预算执行指标确认数。"))
        lines.append(.verbatim(" 3.“执行率”是“全年执行数”与“全年预算数”相比较。"))
        lines.append(.verbatim(" 4.“资金结转(剩)余”是“全年预算数”与“全年执行数”之差。"))
        return lines
    }

    /// 部门整体支出绩效自评表: 资金总额 = 财政拨款 + 其他资金 per column (A-02), 执行率 (A-01),
    /// 总分 = Σ 得分 (A-04).
    private func overallPerformanceTable() -> [NarrativeBlock] {
        let plain = FigureFormatting.plain
        let financialBudget = f.totalBudget + f.totalGovernmentFund.total
        let financialYear = max(financialBudget, f.financialTotal)
        let other = f.totalOther.total
        let yearTotal = financialYear + other
        let rate = FigureFormatting.ratioHundredths(f.incomeTotal, yearTotal)
        let execution = (rate + 5) / 10
        let indicators: [(String, String, String, Int64, Int64)] = [
            ("产出指标", "数量指标", "重点工作任务完成率", 15, 1_500), ("", "质量指标", "政策文件制定合规率", 15, 1_500),
            ("", "时效指标", "重点任务按时完成率", 10, 950), ("", "成本指标", "“三公”经费控制率", 10, 1_000),
            ("效益指标", "经济效益", "行业增加值增长", 10, 900), ("", "社会效益", "服务企业数量", 10, 1_000),
            ("", "可持续影响", "长效工作机制", 10, 1_000), ("满意度指标", "服务对象满意度", "服务对象满意度", 10, 950),
        ]
        let total = execution + indicators.reduce(0) { $0 + $1.4 }
        var lines: [NarrativeBlock] = [
            .paragraph([.text("部门整体支出绩效自评表")]),
            .paragraph([.text("(\(y)年度)")]),
            .verbatim("部门（单位）名称\t\(f.name)\t\t\t\t\t\t\t"),
            .verbatim("年度预算申请（\(u)）\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分\t"),
            .verbatim("\t资金总额\t\(plain(financialBudget + other))\t\(plain(yearTotal))\t\(plain(f.incomeTotal))\t10\t\(FigureFormatting.percent(rate))%\t\(plain(execution))\t"),
            .verbatim("\t其中：财政拨款\t\(plain(financialBudget))\t\(plain(financialYear))\t\(plain(f.financialTotal))\t—\t\t—\t"),
            .verbatim("\t其他资金\t\(plain(other))\t\(plain(other))\t\(plain(other))\t—\t\t—\t"),
            .verbatim("年度总体目标\t预期目标\t\t\t\t实际完成情况\t\t\t"),
            .verbatim("\t围绕年度重点工作任务，保障机构正常运转，推进重点项目实施，提升行业管理和公共服务水平。\t\t\t\t年度重点工作任务基本完成，各项支出控制在预算范围内。\t\t\t"),
            .verbatim("一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施"),
        ]
        for (first, second, third, maximum, score) in indicators {
            let reason = score == maximum * 100 ? "" : "个别任务受客观因素影响未完全完成，下一步加强统筹调度"
            lines.append(.verbatim("\(first)\t\(second)\t\(third)\t≥95%\t\(score == maximum * 100 ? "100%" : "95%")\t\(maximum)\t\(plain(score))\t\(reason)"))
        }
        lines.append(.verbatim("总分\t\t\t\t\t100\t\(plain(total))\t\(total >= 9_000 ? "优" : "良")"))
        return lines
    }
}
