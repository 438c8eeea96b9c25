/// Renders the ten 公开 tables of the Shanxi 2024 template (seeds 000/001/002/004) as TAB grids.
///
/// `.shanxiTab` imitates seed 000 (plain Word export); `.shanxiMarkdown` seeds 002/004 (`#`
/// headings, `<b>` cells, a `-----` separator row, whitespace-only lines, the 06 totals value in
/// cell 11); `.yuanUnit` the same grids in 元 with no 行次 column.
struct ShanxiTablesRenderer {
    let f: DepartmentFigures
    let markdown: Bool
    let yuan: Bool

    private var unitText: String { yuan ? "元" : "万元" }
    private var year: String { String(f.year) }

    // MARK: - Cells

    private func amount(_ value: Int64, _ table: String, _ row: String, _ column: String) -> Cell {
        value == 0 ? .empty : .figure(FigureSpec(text: FigureFormatting.plain(value), units: value, decimals: 2,
                                                 kind: .tableCell(table: table, row: row, column: column), unit: .amount))
    }

    private func count(_ value: Int, _ table: String, _ row: String, _ column: String) -> Cell {
        value == 0 ? .empty : .figure(FigureSpec(text: String(value), units: Int64(value), decimals: 0,
                                                 kind: .tableCell(table: table, row: row, column: column), unit: .count))
    }

    /// Drops the 行次 cells (at `indices`) in the 元 layout.
    private func lineNumbers(_ cells: [Cell], at indices: [Int]) -> [Cell] {
        guard yuan else { return cells }
        return cells.enumerated().filter { !indices.contains($0.offset) }.map(\.element)
    }

    private func title(_ b: inout ReportTextBuilder, _ title: String, level: Int) {
        b.paragraph(markdown && level > 0 ? String(repeating: "#", count: level) + " " + title : title)
    }

    /// Header fields, in the variant each table uses in the seeds.
    private enum Fields { case oneLine, threeLines, glued, splitUnit, splitName, unitName }

    private func fields(_ b: inout ReportTextBuilder, _ style: Fields, label: String = "部门名称", unitLabel: String = "金额单位") {
        let unit = "\(unitLabel)：\(unitText)"
        switch style {
        case .oneLine: b.paragraph("\(label)：\(f.name) \(year)年度 \(unit)")
        case .glued: b.paragraph("\(label)：\(f.name)\(year)年度\(unit)")
        case .threeLines:
            b.paragraph("\(label)：\(f.name)"); b.paragraph("\(year)年度"); b.paragraph(unit)
        case .splitUnit:
            b.paragraph("\(label)：\(f.name)"); b.paragraph("\(year)年度")
            b.paragraph("\(unitLabel)：\(unitText.dropLast())"); b.paragraph(String(unitText.suffix(1)))
        case .splitName:
            let cut = max(1, f.name.count - 4)
            b.line("\(label)：\(f.name.prefix(cut))"); b.paragraph(String(f.name.dropFirst(cut)))
            b.paragraph("\(year)年度"); b.paragraph(unit)
        case .unitName:
            b.paragraph(unit); b.paragraph("\(label)：\(f.name)"); b.paragraph("\(year)年度")
        }
    }

    private func note(_ b: inout ReportTextBuilder, _ text: String, empty: Bool = false) {
        b.line()
        b.paragraph("注：" + text)
        if empty { b.paragraph("说明：本表无数据") }
    }

    func render(_ b: inout ReportTextBuilder) {
        title(&b, "第二部分 \(year)年部门决算表", level: 2)
        table01(&b); table02(&b); table03(&b); table04(&b); table05(&b)
        table06(&b); table07(&b); table08(&b); table09(&b); table10(&b)
    }

    /// The 栏次 row, the 合计 row and one row per 类/款/项 of a function-code table (02, 03, 05, 07),
    /// with a page-break blank line after row `pageBreakAfter` in long tables.
    private func codeRows(_ b: inout ReportTextBuilder, table: String, columns: [String], lines: [DepartmentFigures.Line],
                          pageBreakAfter: Int? = nil, values: (DepartmentFigures.Line) -> [Int64]) {
        b.row([.text("栏次"), .empty] + (1...columns.count).map { .text(String($0)) })
        let total = DepartmentFigures.Line(code: "合计", level: .category, general: f.totalGeneral,
                                           governmentFund: f.totalGovernmentFund, other: f.totalOther)
        b.row([.text("合计"), .empty] + zip(columns, values(total)).map { amount($1, table, "合计", $0) })
        for (index, line) in lines.enumerated() {
            b.row([.text(line.code), .text(line.name)] + zip(columns, values(line)).map { amount($1, table, line.code, $0) })
            if let pageBreakAfter, index == pageBreakAfter && lines.count > pageBreakAfter + 3 { b.line() }
        }
    }

    // MARK: - 01 收入支出决算总表

    private func table01(_ b: inout ReportTextBuilder) {
        title(&b, "收入支出决算总表", level: 3)
        b.paragraph("公开01表")
        fields(&b, markdown ? .threeLines : .oneLine)
        let t = "01"
        b.row(lineNumbers([.text("收入"), .empty, .empty, .text("支出"), .empty, .empty], at: [1, 4]))
        b.row(lineNumbers([.text("项目"), .text("行次"), .text("金额"), .text("项目"), .text("行次"), .text("金额")], at: [1, 4]))
        b.row(lineNumbers([.text("栏次"), .empty, .text("1"), .text("栏次"), .empty, .text("2")], at: [1, 4]))
        let incomeLabels = ["一、一般公共预算财政拨款收入", "二、政府性基金预算财政拨款收入", "三、国有资本经营预算财政拨款收入",
                            "四、上级补助收入", "五、事业收入", "六、经营收入", "七、附属单位上缴收入", "八、其他收入"]
        let incomeValues: [Int64] = [f.totalGeneral.total, f.totalGovernmentFund.total, 0, 0, 0, 0, 0, f.totalOther.total]
        let categories = Dictionary(uniqueKeysWithValues: f.categories.map { ($0.code, $0.all.total) })
        for (index, line) in FunctionClassification.classLines.enumerated() {
            var left: [Cell] = [.empty, .text(String(index + 1)), .empty]
            if index < incomeLabels.count {
                let label = incomeLabels[index]
                left = [.text(label), .text(String(index + 1)),
                        amount(incomeValues[index], t, String(label.split(separator: "、")[1]), "收入")]
            }
            let right: [Cell] = [.text(line.ordinal + "、" + line.name), .text(String(32 + index)),
                                 amount(categories[line.code] ?? 0, t, line.name, "支出")]
            b.row(lineNumbers(left + right, at: [1, 4]))
            if index == 22 { b.line() }
        }
        let total = f.incomeTotal
        let bold = markdown
        b.row(lineNumbers([.text("本年收入合计"), .text("27"), amount(total, t, "本年收入合计", "收入"),
                           .text("本年支出合计"), .text("58"), amount(total, t, "本年支出合计", "支出")], at: [1, 4]), bold: bold)
        b.row(lineNumbers([.text("使用非财政拨款结余（含专用结余）"), .text("28"), .empty, .text("结余分配"), .text("59"), .empty], at: [1, 4]))
        b.row(lineNumbers([.text("年初结转和结余"), .text("29"), .empty, .text("年末结转和结余"), .text("60"), .empty], at: [1, 4]))
        b.row(lineNumbers([.empty, .text("30"), .empty, .empty, .text("61"), .empty], at: [1, 4]))
        b.row(lineNumbers([.text("总计"), .text("31"), amount(total, t, "总计", "收入"),
                           .text("总计"), .text("62"), amount(total, t, "总计", "支出")], at: [1, 4]), bold: bold)
        note(&b, "本表反映部门本年度的总收支和年末结转结余情况。本套报表金额单位转换时可能存在尾数误差。")
    }

    // MARK: - 02 收入决算表

    private func table02(_ b: inout ReportTextBuilder) {
        title(&b, "收入决算表", level: 2)
        b.paragraph("公开02")
        b.paragraph("表")
        fields(&b, markdown ? .unitName : .splitUnit)
        let columns = ["本年收入合计", "财政拨款收入", "上级补助收入", "事业收入", "经营收入", "附属单位上缴收入", "其他收入"]
        b.row([.text("项目"), .empty] + columns.map { .text($0) })
        b.row([.text("科目代码"), .text("科目名称")] + columns.map { _ in .empty })
        codeRows(&b, table: "02", columns: columns, lines: f.lines, pageBreakAfter: 26) { line in
            [line.all.total, line.financial.total, 0, 0, 0, 0, line.other.total]
        }
        if markdown { b.row(["---------", "------", "-------", "-------", "--", "--", "--", "--", "--"].map { .text($0) }) }
        note(&b, "本表反映部门本年度取得的各项收入情况。")
    }

    // MARK: - 03 支出决算表

    private func table03(_ b: inout ReportTextBuilder) {
        title(&b, "支出决算表", level: 2)
        b.paragraph("公开03表")
        fields(&b, markdown ? .threeLines : .oneLine)
        let columns = ["本年支出合计", "基本支出", "项目支出", "上缴上级支出", "经营支出", "对附属单位补助支出"]
        b.row([.text("项目"), .empty] + columns.map { .text($0) })
        b.row([.text("科目代码"), .text("科目名称")] + columns.map { _ in .empty })
        codeRows(&b, table: "03", columns: columns, lines: f.lines, pageBreakAfter: 25) { line in
            [line.all.total, line.all.basic, line.all.project, 0, 0, 0]
        }
        note(&b, "本表反映部门本年度各项支出情况。")
    }

    // MARK: - 04 财政拨款收入支出决算总表

    private func table04(_ b: inout ReportTextBuilder) {
        title(&b, "财政拨款收入支出决算总表", level: 3)
        b.paragraph("公开04表")
        fields(&b, .threeLines)
        let t = "04"
        let columns = ["合计", "一般公共预算财政拨款", "政府性基金预算财政拨款", "国有资本经营预算财政拨款"]
        b.row(lineNumbers([.text("收入"), .empty, .empty, .text("支出"), .empty, .empty, .empty, .empty, .empty], at: [1, 4]))
        b.row(lineNumbers([.text("项目"), .text("行次"), .text("金额"), .text("项目"), .text("行次")] + columns.map { .text($0) }, at: [1, 4]))
        b.row(lineNumbers([.text("栏次"), .empty, .text("1"), .text("栏次"), .empty, .text("2"), .text("3"), .text("4"), .text("5")], at: [1, 4]))
        let income = [("一、一般公共预算财政拨款", f.totalGeneral.total), ("二、政府性基金预算财政拨款", f.totalGovernmentFund.total),
                      ("三、国有资本经营预算财政拨款", Int64(0))]
        let categories = Dictionary(uniqueKeysWithValues: f.categories.map { ($0.code, $0) })
        for (index, line) in FunctionClassification.classLines.enumerated() {
            var left: [Cell] = [.empty, .text(String(index + 1)), .empty]
            if index < income.count {
                left = [.text(income[index].0), .text(String(index + 1)),
                        amount(income[index].1, t, String(income[index].0.split(separator: "、")[1]), "收入")]
            }
            let category = categories[line.code]
            let values = [category?.financial.total ?? 0, category?.general.total ?? 0, category?.governmentFund.total ?? 0, 0]
            b.row(lineNumbers(left + [.text(line.ordinal + "、" + line.name), .text(String(33 + index))]
                + zip(columns, values).map { amount($1, t, line.name, $0) }, at: [1, 4]))
            if index == 19 { b.line() }
        }
        let totals = [f.financialTotal, f.totalGeneral.total, f.totalGovernmentFund.total, 0]
        b.row(lineNumbers([.text("本年收入合计"), .text("27"), amount(f.financialTotal, t, "本年收入合计", "收入"),
                           .text("本年支出合计"), .text("59")] + zip(columns, totals).map { amount($1, t, "本年支出合计", $0) },
                          at: [1, 4]), bold: markdown)
        b.row(lineNumbers([.text("年初财政拨款结转和结余"), .text("28"), .empty, .text("年末财政拨款结转和结余"), .text("60"),
                           .empty, .empty, .empty, .empty], at: [1, 4]))
        for (offset, label) in ["一般公共预算财政拨款", "政府性基金预算财政拨款", "国有资本经营预算财政拨款"].enumerated() {
            b.row(lineNumbers([.text(label), .text(String(29 + offset)), .empty, .empty, .text(String(61 + offset)),
                               .empty, .empty, .empty, .empty], at: [1, 4]))
        }
        b.row(lineNumbers([.text("总计"), .text("32"), amount(f.financialTotal, t, "总计", "收入"), .text("总计"), .text("64")]
            + zip(columns, totals).map { amount($1, t, "总计", $0) }, at: [1, 4]), bold: markdown)
        note(&b, "本表反映部门本年度一般公共预算财政拨款、政府性基金预算财政拨款和国有资本经营预算财政拨款的总收支和年末结转结余情况。")
    }

    // MARK: - 05 一般公共预算财政拨款支出决算表

    private func table05(_ b: inout ReportTextBuilder) {
        title(&b, "一般公共预算财政拨款支出决算表", level: 2)
        b.paragraph("公开05表")
        fields(&b, .threeLines)
        let columns = ["小计", "基本支出", "项目支出"]
        b.row([.text("项目"), .empty, .text("本年支出"), .empty, .empty])
        b.row([.text("科目代码"), .text("科目名称")] + columns.map { .text($0) })
        codeRows(&b, table: "05", columns: columns, lines: f.lines.filter { $0.general.total != 0 }, pageBreakAfter: 25) { line in
            [line.general.total, line.general.basic, line.general.project]
        }
        note(&b, "本表反映部门本年度一般公共预算财政拨款支出情况。")
    }

    // MARK: - 06 一般公共预算财政拨款基本支出决算明细表

    private func table06(_ b: inout ReportTextBuilder) {
        title(&b, "一般公共预算财政拨款基本支出决算明细表", level: 2)
        b.paragraph("公开06表")
        fields(&b, .threeLines)
        let t = "06"
        b.row([.text("人员经费"), .empty, .empty, .text("公用经费")] + Array(repeating: Cell.empty, count: 8))
        b.row(Array(repeating: [Cell.text("科目代码"), .text("科目名称"), .text("决算数")], count: 4).flatMap { $0 })
        for row in EconomicClassificationGrid.rows {
            guard let row else { b.line(); continue }
            var cells: [Cell] = []
            var bold: Set<Int> = []
            for entry in row {
                guard let entry else { cells += [.empty, .empty, .empty]; continue }
                let value: Cell
                if let dash = entry.dash {
                    value = markdown ? (entry.code.count == 3 ? .empty : .text("——")) : .text(dash)
                } else {
                    value = amount(f.economic(entry.code), t, entry.code, "决算数")
                }
                // Seed 004 bolds some group rows of 06 (`<b>303</b>⇥<b>对个人和家庭的补助</b>⇥<b>0.19</b>`).
                if markdown && ["303", "310", "313", "399"].contains(entry.code) {
                    bold.formUnion([cells.count, cells.count + 1, cells.count + 2])
                }
                cells += [.text(entry.code), .text(entry.name), value]
            }
            b.row(cells, boldCells: bold)
        }
        let personnel = amount(f.personnelCost, t, "人员经费合计", "决算数")
        let publicCost = amount(f.publicCost, t, "公用经费合计", "决算数")
        if markdown {
            b.row([.text("人员经费合计"), .empty, personnel, .text("公用经费合计")] + Array(repeating: .empty, count: 6) + [publicCost, .empty])
        } else {
            b.row([.text("人员经费合计"), .empty, personnel, .text("公用经费合计")] + Array(repeating: .empty, count: 7) + [publicCost])
        }
        note(&b, "本表反映部门本年度一般公共预算财政拨款基本支出明细情况。")
    }

    // MARK: - 07 政府性基金预算财政拨款收入支出决算表

    private func table07(_ b: inout ReportTextBuilder) {
        title(&b, "政府性基金预算财政拨款收入支出决算表", level: markdown ? 2 : 0)
        b.paragraph("公开07表")
        fields(&b, markdown ? .threeLines : .oneLine, unitLabel: "单位")
        let columns = ["年初结转和结余", "本年收入", "本年支出小计", "本年支出基本支出", "本年支出项目支出", "年末结转和结余"]
        b.row([.text("项目"), .empty, .text("年初结转和结余"), .text("本年收入"), .text("本年支出"), .empty, .empty, .text("年末结转和结余")])
        b.row([.text("科目代码"), .text("科目名称"), .empty, .empty, .text("小计"), .text("基本支出"), .text("项目支出"), .empty])
        let lines = f.lines.filter { $0.governmentFund.total != 0 }
        codeRows(&b, table: "07", columns: columns, lines: lines) { line in
            let fund = line.governmentFund
            return [0, fund.total, fund.total, fund.basic, fund.project, 0]
        }
        note(&b, "本表反映部门本年度政府性基金预算财政拨款收入、支出及结转和结余情况。", empty: lines.isEmpty)
    }

    // MARK: - 08 国有资本经营预算财政拨款支出决算表

    private func table08(_ b: inout ReportTextBuilder) {
        title(&b, "国有资本经营预算财政拨款支出决算表", level: 2)
        b.paragraph("公开08表")
        fields(&b, markdown ? .threeLines : .glued, unitLabel: "单位")
        let shift: [Cell] = markdown ? [.empty] : []
        b.row([.text("项目"), .empty, .text("本年支出"), .empty, .empty])
        b.row([.text("科目代码"), .text("科目名称"), .text("合计"), .text("基本支出"), .text("项目支出")])
        b.row(shift + [.text("栏次")] + (markdown ? [] : [.empty]) + [.text("1"), .text("2"), .text("3")])
        b.row(shift + [.text("合计")] + (markdown ? [] : [.empty]) + [.empty, .empty, .empty])
        note(&b, "本表反映部门本年度国有资本经营预算财政拨款支出情况。", empty: true)
    }

    // MARK: - 09 财政拨款“三公”经费支出决算表

    private func table09(_ b: inout ReportTextBuilder) {
        title(&b, "财政拨款“三公”经费支出决算表", level: 2)
        b.paragraph("公开09表")
        fields(&b, markdown ? .threeLines : .splitName)
        let t = "09"
        b.row([.text("预算数")] + Array(repeating: .empty, count: 5) + [.text("决算数")] + Array(repeating: .empty, count: 5))
        let head: [Cell] = [.text("合计"), .text("因公出国 (境) 费"), .text("公务用车购置及运行维护费"), .empty, .empty, .text("公务接待 费")]
        b.row(head + head)
        let sub: [Cell] = [.empty, .empty, .text("小计"), .text("公务用车 购置费"), .text(markdown ? "公务用车 运行维护费" : "公务用车 运行维护 费"), .empty]
        b.row(sub + sub)
        b.row((1...12).map { .text(String($0)) })
        let columns = ["合计", "因公出国（境）费", "公务用车购置及运行维护费小计", "公务用车购置费", "公务用车运行维护费", "公务接待费"]
        func values(_ p: DepartmentFigures.ThreePublic) -> [Int64] {
            [p.total, p.abroad, p.vehicles, p.vehiclePurchase, p.vehicleOperation, p.reception]
        }
        let empty = f.threePublicBudget.total == 0 && f.threePublicFinal.total == 0
        if !empty {
            b.row(zip(columns, values(f.threePublicBudget)).map { amount($1, t, "预算数", $0) }
                + zip(columns, values(f.threePublicFinal)).map { amount($1, t, "决算数", $0) })
        }
        note(&b, "本表反映部门本年度“三公”经费支出预决算情况。其中，预算数为“三公”经费全年预算数，反映按规定程序调整后的预算数；决算数是包括当年财政拨款和以前年度结转资金安排的实际支出。", empty: empty)
    }

    // MARK: - 10 部门决算公开相关信息统计表

    private func table10(_ b: inout ReportTextBuilder) {
        title(&b, "部门决算公开相关信息统计表", level: 2)
        b.paragraph("公开10表")
        fields(&b, .threeLines, label: "单位名称")
        let t = "10"
        func row(_ label: String, _ line: String, _ value: Cell) {
            b.row(lineNumbers([.text(label), .text(line), value], at: [1]))
        }
        row("一、政府采购情况", "", .empty)
        row("项目", "行次", .text("统计数"))
        row("合计", "1", amount(f.procurementTotal, t, "合计", "统计数"))
        row("货物", "2", amount(f.procurementGoods, t, "货物", "统计数"))
        row("工程", "3", amount(f.procurementWorks, t, "工程", "统计数"))
        row("服务", "4", amount(f.procurementServices, t, "服务", "统计数"))
        if markdown { b.line(); b.line("  "); b.line() }
        row("二、机关运行经费", "", .empty)
        row("项目", "", .text("统计数"))
        row("（一）行政单位", "5", amount(f.operatingCostAdministrative, t, "行政单位", "统计数"))
        row("（二）参照公务员法管理事业单位", "6", amount(f.operatingCostCivilServiceLike, t, "参照公务员法管理事业单位", "统计数"))
        if markdown { b.line(); b.line("  "); b.line() }
        row("三、国有资产占用情况", "", .empty)
        row("（一）车辆数合计（辆）", "7", count(f.vehicleCount, t, "车辆数合计", "统计数"))
        for (index, category) in DepartmentFigures.vehicleCategories.enumerated() {
            row("\(index + 1). \(category)", String(8 + index), count(f.vehicles[index], t, category, "统计数"))
        }
        row("（二）单价100万元（含）以上设备（不含车辆）", "17", count(f.largeEquipment, t, "单价100万元（含）以上设备", "统计数"))
        note(&b, "本表反映部门本年度政府采购、机关运行经费和国有资产占用情况。")
    }
}
