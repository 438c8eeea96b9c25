/// The Henan (Anyang) template as PDF text (seed 003): SPACE-separated rows with empty cells
/// dropped, 项-only codes in 02/03/05, three column groups in 06, explicit zeros in 09, no 统计表,
/// 第三部分 numbered 一…十三, hard-wrapped prose with a blank line after every line.
struct HenanDocumentWriter {
    let f: DepartmentFigures

    private var y: String { String(f.year) }
    private var s: NarrativeSegments { NarrativeSegments(yuan: false, pdfStyle: true) }

    func write(_ b: inout ReportTextBuilder) {
        var page = HenanPageWriter()
        overview(&b, &page)
        tables(&b, &page)
        explanation(&b, &page)
    }

    // MARK: - Cells

    private func amount(_ value: Int64, _ table: String, _ row: String, _ column: String, oneDecimal: Bool = false) -> Segment? {
        guard value != 0 else { return nil }
        if oneDecimal && value % 10 == 0 {
            let text = FigureFormatting.plain(value).dropLast()
            return .figure(FigureSpec(text: String(text), units: value / 10, decimals: 1,
                                      kind: .tableCell(table: table, row: row, column: column), unit: .amount))
        }
        return .figure(FigureSpec(text: FigureFormatting.plain(value), units: value, decimals: 2,
                                  kind: .tableCell(table: table, row: row, column: column), unit: .amount))
    }

    /// A zero written `0` (table 09 writes every cell).
    private func explicit(_ value: Int64, _ table: String, _ row: String, _ column: String) -> Segment {
        amount(value, table, row, column) ?? .figure(FigureSpec(text: "0", units: 0, decimals: 0,
                                                                kind: .tableCell(table: table, row: row, column: column), unit: .amount))
    }

    /// Joins non-nil pieces with single spaces (dropped empty cells).
    private func spaced(_ pieces: [Segment?]) -> [Segment] {
        var result: [Segment] = []
        for piece in pieces.compactMap({ $0 }) {
            if !result.isEmpty { result.append(.text(" ")) }
            result.append(piece)
        }
        return result
    }

    private func header(_ b: inout ReportTextBuilder, _ page: inout HenanPageWriter, _ title: String, _ number: String) {
        page.line(&b, title, pageStart: true)
        page.line(&b, "公开 \(number) 表")
        page.line(&b, "部门：\(f.name) 单位：万元")
    }

    private func note(_ b: inout ReportTextBuilder, _ page: inout HenanPageWriter, _ text: String) {
        page.line(&b, "注：" + text + "本表金额转换为万元时，因四舍五入可能存在尾差。")
    }

    // MARK: - 第一部分

    private func overview(_ b: inout ReportTextBuilder, _ page: inout HenanPageWriter) {
        let short = f.name.count > 3 ? String(f.name.dropFirst(3)) : f.name
        page.line(&b, "第一部分 \(short)概况", pageStart: true)
        page.line(&b, "一、部门职责")
        let numerals = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二", "十三", "十四", "十五",
                        "十六", "十七", "十八", "十九", "二十", "二十一", "二十二", "二十三", "二十四", "二十五", "二十六"]
        for (index, duty) in f.responsibilities.enumerated() {
            page.paragraph(&b, [.text("（\(numerals[min(index, numerals.count - 1)])）" + duty)])
        }
        page.line(&b, "二、机构设置")
        page.paragraph(&b, [.text("\(f.name)内设机构"), s.count(f.officeCount, "第一部分", "内设机构数"),
                            .text("个，包括：" + f.offices.map(\.name).joined(separator: "、") + "。")])
        let units = 1 + f.subordinateUnits.count
        page.paragraph(&b, [.text("纳入本部门 \(y) 年度部门决算编制范围的单位共"), s.count(units, "第一部分", "决算单位数"),
                            .text("个，其中二级预算单位包括：")])
        page.line(&b, "1.\(short)本级")
        for (index, unit) in f.subordinateUnits.enumerated() {
            page.line(&b, "\(index + 2).\(unit)")
        }
    }

    // MARK: - Tables

    private func tables(_ b: inout ReportTextBuilder, _ page: inout HenanPageWriter) {
        page.line(&b, "第二部分 \(y) 年度部门决算表", pageStart: true)
        totalTable(&b, &page, financial: false)
        itemTable(&b, &page, "收入决算表", "02",
                  head: "本年收入合计 财政拨款收入 上级补助收入 事业收入 经营收入 附属单位上缴收入 其他收入功能分类",
                  columns: ["本年收入合计", "财政拨款收入", "上级补助收入", "事业收入", "经营收入", "附属单位上缴收入", "其他收入"],
                  lines: f.lines.filter { $0.level == .item },
                  values: { [$0.all.total, $0.financial.total, 0, 0, 0, 0, $0.other.total] },
                  note: "本表反映部门本年度取得的各项收入情况。")
        itemTable(&b, &page, "支出决算表", "03",
                  head: "本年支出合计 基本支出 项目支出 上缴上级支出 经营支出 对附属单位补助支出功能分类",
                  columns: ["本年支出合计", "基本支出", "项目支出", "上缴上级支出", "经营支出", "对附属单位补助支出"],
                  lines: f.lines.filter { $0.level == .item },
                  values: { [$0.all.total, $0.all.basic, $0.all.project, 0, 0, 0] },
                  note: "本表反映部门本年度各项支出情况。")
        totalTable(&b, &page, financial: true)
        itemTable(&b, &page, "一般公共预算财政拨款支出决算表", "05", head: "项 目 本年支出",
                  columns: ["小计", "基本支出", "项目支出"],
                  lines: f.lines.filter { $0.level == .item && $0.general.total != 0 },
                  values: { [$0.general.total, $0.general.basic, $0.general.project] },
                  note: "本表反映部门本年度一般公共预算财政拨款支出情况。")
        table06(&b, &page)
        table07(&b, &page)
        header(&b, &page, "国有资本经营预算财政拨款支出决算表", "08")
        page.line(&b, "项 目 本年支出")
        page.line(&b, "科目代码 科目名称 合计 基本支出 项目支出")
        page.line(&b, "栏次 1 2 3")
        page.line(&b, "合计")
        page.line(&b, "注：本表反映部门本年度国有资本经营预算财政拨款支出情况。")
        page.line(&b, "说明：我单位本年度没有国有资本经营的支出，故本表无数据。")
        table09(&b, &page)
    }

    /// 01 收入支出决算总表 (`financial == false`) or 04 财政拨款收入支出决算总表.
    private func totalTable(_ b: inout ReportTextBuilder, _ page: inout HenanPageWriter, financial: Bool) {
        let t = financial ? "04" : "01"
        header(&b, &page, financial ? "财政拨款收入支出决算总表" : "收入支出决算总表", t)
        page.line(&b, "收入 支出")
        if financial {
            page.line(&b, "项 目 行次 金额 项 目 行次 合计")
            for piece in ["一般公共预", "算财政拨款", "政府性基金预算", "财政拨款", "国有资本经", "营预算财政", "拨款"] { page.line(&b, piece) }
            page.line(&b, "栏 次 1 栏 次 2 3 4 5")
        } else {
            page.line(&b, "项 目 行次 决算数 项 目 行次 决算数")
            page.line(&b, "栏 次 1 栏 次 2")
        }
        let left: [(String, Int64)] = financial
            ? [("一、一般公共预算财政拨款", f.totalGeneral.total), ("二、政府性基金预算财政拨款", f.totalGovernmentFund.total),
               ("三、国有资本经营预算财政拨款", 0)]
            : [("一、一般公共预算财政拨款收入", f.totalGeneral.total), ("二、政府性基金预算财政拨款收入", f.totalGovernmentFund.total),
               ("三、国有资本经营预算财政拨款收入", 0), ("四、上级补助收入", 0), ("五、事业收入", 0), ("六、经营收入", 0),
               ("七、附属单位上缴收入", 0), ("八、其他收入", f.totalOther.total)]
        // Right side: the first fifteen 类, then the department's other 类, with elisions between gaps.
        let categories = Dictionary(uniqueKeysWithValues: f.categories.map { ($0.code, $0) })
        var right: [FunctionClassification.ClassLine?] = []
        var lastIndex = -1
        for (index, line) in FunctionClassification.classLines.enumerated() where index < 15 || categories[line.code] != nil {
            if index > lastIndex + 1 && lastIndex >= 14 { right.append(nil) }
            right.append(line)
            lastIndex = index
        }
        let rows = max(right.count, left.count) + 1
        let rightStart = rows + (financial ? 7 : 6)
        for row in 0..<rows {
            var pieces: [Segment?] = []
            if row < left.count {
                let label = left[row].0
                pieces += [.text(label), .text(String(row + 1)),
                           amount(left[row].1, t, String(label.split(separator: "、")[1]), "收入")]
            } else {
                pieces.append(.text(String(row + 1)))
            }
            let number = String(rightStart + row)
            if row < right.count, let line = right[row] {
                let category = categories[line.code]
                let label = line.ordinal + "、" + line.name
                let values: [Segment?] = financial
                    ? [amount(category?.financial.total ?? 0, t, line.name, "合计", oneDecimal: true),
                       amount(category?.general.total ?? 0, t, line.name, "一般公共预算财政拨款", oneDecimal: true),
                       amount(category?.governmentFund.total ?? 0, t, line.name, "政府性基金预算财政拨款", oneDecimal: true)]
                    : [amount(category?.all.total ?? 0, t, line.name, "支出")]
                if financial && label.count > 12 {
                    // A long label wraps: 行次 of the left half, label pieces, then 行次 and amounts.
                    page.line(&b, spaced(pieces))
                    page.line(&b, String(label.prefix(12)))
                    page.line(&b, String(label.dropFirst(12)))
                    page.line(&b, spaced([.text(number)] + values))
                    continue
                }
                pieces += [.text(label), .text(number)] + values
            } else if row < right.count {
                pieces += [.text(financial ? "……" : "......"), .text(number)]
            } else {
                pieces.append(.text(number))
            }
            page.line(&b, spaced(pieces))
        }
        let total = financial ? f.financialTotal : f.incomeTotal
        let totals: [Segment?] = financial
            ? [amount(total, t, "本年支出合计", "合计"), amount(f.totalGeneral.total, t, "本年支出合计", "一般公共预算财政拨款"),
               amount(f.totalGovernmentFund.total, t, "本年支出合计", "政府性基金预算财政拨款")]
            : [amount(total, t, "本年支出合计", "支出")]
        page.line(&b, spaced([.text("本年收入合计"), .text(String(rows + 1)), amount(total, t, "本年收入合计", "收入"),
                              .text("本年支出合计"), .text(String(rightStart + rows))] + totals))
        if financial {
            page.line(&b, "年初财政拨款结转和结余 \(rows + 2) 年末财政拨款结转和结余 \(rightStart + rows + 1)")
            page.line(&b, "一般公共预算财政拨款 \(rows + 3) \(rightStart + rows + 2)")
            page.line(&b, "政府性基金预算财政拨款 \(rows + 4) \(rightStart + rows + 3)")
            page.line(&b, "国有资本经营预算财政拨款 \(rows + 5) \(rightStart + rows + 4)")
        } else {
            page.line(&b, "使用非财政拨款结余（含专用结余） \(rows + 2) 结余分配 \(rightStart + rows + 1)")
            page.line(&b, "年初结转和结余 \(rows + 3) 年末结转和结余 \(rightStart + rows + 2)")
            page.line(&b, "\(rows + 4) \(rightStart + rows + 3)")
        }
        let grand: [Segment?] = financial
            ? [amount(total, t, "总计", "合计"), amount(f.totalGeneral.total, t, "总计", "一般公共预算财政拨款"),
               amount(f.totalGovernmentFund.total, t, "总计", "政府性基金预算财政拨款")]
            : [amount(total, t, "总计", "支出")]
        let extra = financial ? 6 : 5
        page.line(&b, spaced([.text("总计"), .text(String(rows + extra)), amount(total, t, "总计", "收入"), .text("总计"),
                              .text(String(rightStart + rows + extra - 1))] + grand))
        note(&b, &page, financial
             ? "本表反映部门本年度一般公共预算财政拨款、政府性基金预算财政拨款和国有资本经营预算财政拨款的总收支和年末结转结余情况。"
             : "本表反映部门本年度的总收支和年末结转结余情况。")
    }

    /// 02, 03, 05: 项-only rows `CODE NAME n1 n2 …`; long names broken over lines.
    private func itemTable(_ b: inout ReportTextBuilder, _ page: inout HenanPageWriter, _ title: String, _ t: String,
                           head: String, columns: [String], lines: [DepartmentFigures.Line],
                           values: (DepartmentFigures.Line) -> [Int64], note text: String) {
        header(&b, &page, title, t)
        if t != "05" { page.line(&b, "项 目") }
        page.line(&b, head)
        if t == "05" { page.line(&b, "功能分类") }
        page.line(&b, "科目编码")
        page.line(&b, t == "05" ? "科目名称 小计 基本支出 项目支出" : "科目名称")
        page.line(&b, "栏次 " + (1...columns.count).map(String.init).joined(separator: " "))
        let totalLine = DepartmentFigures.Line(code: "合计", level: .category, general: f.totalGeneral,
                                               governmentFund: f.totalGovernmentFund, other: f.totalOther)
        page.line(&b, spaced([.text("合计")] + zip(columns, values(totalLine)).map { amount($1, t, "合计", $0) }))
        for line in lines {
            let numbers = zip(columns, values(line)).map { amount($1, t, line.code, $0) }
            if line.name.count > 10 {
                page.line(&b, line.code)
                var rest = Substring(line.name)
                while !rest.isEmpty {
                    page.line(&b, String(rest.prefix(11)))
                    rest = rest.dropFirst(11)
                }
                page.line(&b, spaced(numbers))
            } else {
                page.line(&b, spaced([.text(line.code), .text(line.name)] + numbers))
            }
        }
        note(&b, &page, text)
    }

    private func table06(_ b: inout ReportTextBuilder, _ page: inout HenanPageWriter) {
        header(&b, &page, "一般公共预算财政拨款基本支出决算明细表", "06")
        for _ in 0..<3 {
            page.line(&b, "经济分类")
            page.line(&b, "科目编码")
            page.line(&b, "科目名称 决算数")
        }
        let order = EconomicClassificationGrid.rows.compactMap { $0 }.flatMap { $0 }.compactMap { $0 }
        func group(_ prefixes: [String]) -> [EconomicClassificationGrid.Entry] {
            prefixes.flatMap { prefix in
                order.filter { $0.code.hasPrefix(prefix) && $0.dash == nil }.sorted { $0.code < $1.code }
            }
        }
        let columns = [group(["301", "303"]), group(["302", "307"]), group(["310", "312", "313", "399"])]
        let rows = columns.map(\.count).max() ?? 0
        for row in 0..<rows {
            var pieces: [Segment?] = []
            for (index, column) in columns.enumerated() where row < column.count {
                let entry = column[row]
                if index == 0 && entry.name.count > 13 {
                    // V-13: a long name breaks the row: code alone, name pieces, then the rest of the row.
                    page.line(&b, entry.code)
                    page.line(&b, String(entry.name.prefix(12)))
                    page.line(&b, String(entry.name.dropFirst(12)))
                    pieces.append(amount(f.economic(entry.code), "06", entry.code, "决算数"))
                    continue
                }
                pieces += [.text(entry.code), .text(entry.name), amount(f.economic(entry.code), "06", entry.code, "决算数")]
            }
            page.line(&b, spaced(pieces))
        }
        page.line(&b, spaced([.text("人员经费合计"), amount(f.personnelCost, "06", "人员经费合计", "决算数"),
                              .text("公用经费合计"), amount(f.publicCost, "06", "公用经费合计", "决算数")]))
        note(&b, &page, "本表反映部门本年度一般公共预算财政拨款基本支出明细情况。")
    }

    private func table07(_ b: inout ReportTextBuilder, _ page: inout HenanPageWriter) {
        header(&b, &page, "政府性基金预算财政拨款收入支出决算表", "07")
        for text in ["项 目", "年初结转和结余 本年收入", "本年支出", "年末结转和结余功能分类", "科目编码", "科目名称 小计 基本支出 项目支出",
                     "栏次 1 2 3 4 5 6"] {
            page.line(&b, text)
        }
        let columns = ["年初结转和结余", "本年收入", "本年支出小计", "本年支出基本支出", "本年支出项目支出", "年末结转和结余"]
        func values(_ s: DepartmentFigures.Split) -> [Int64] { [0, s.total, s.total, s.basic, s.project, 0] }
        let lines = f.lines.filter { $0.level == .item && $0.governmentFund.total != 0 }
        page.line(&b, spaced([.text("合计")] + zip(columns, values(f.totalGovernmentFund)).map { amount($1, "07", "合计", $0) }))
        for line in lines {
            page.line(&b, spaced([.text(line.code), .text(line.name)]
                                 + zip(columns, values(line.governmentFund)).map { amount($1, "07", line.code, $0) }))
        }
        page.line(&b, "注：本表反映部门本年度政府性基金预算财政拨款收入、支出及结转和结余情况。")
        if lines.isEmpty { page.line(&b, "说明：我单位没有政府性基金收入，也没有使用政府性基金安排的支出，故本表无数据。") }
    }

    private func table09(_ b: inout ReportTextBuilder, _ page: inout HenanPageWriter) {
        header(&b, &page, "一般公共预算财政拨款“三公”经费支出决算表", "09")
        page.line(&b, "预算数 决算数")
        for _ in 0..<2 {
            for text in ["合计", "因公出国", "（境）费", "公务用车购置及运行维护费", "公务接待费"] { page.line(&b, text) }
        }
        for _ in 0..<2 {
            for text in ["小计", "公务用车", "购置费", "公务用车", "运行维护费"] { page.line(&b, text) }
        }
        page.line(&b, (1...12).map(String.init).joined(separator: " "))
        let columns = ["合计", "因公出国（境）费", "公务用车购置及运行维护费小计", "公务用车购置费", "公务用车运行维护费", "公务接待费"]
        func values(_ p: DepartmentFigures.ThreePublic) -> [Int64] {
            [p.total, p.abroad, p.vehicles, p.vehiclePurchase, p.vehicleOperation, p.reception]
        }
        page.line(&b, spaced(zip(columns, values(f.threePublicBudget)).map { explicit($1, "09", "预算数", $0) }
                             + zip(columns, values(f.threePublicFinal)).map { explicit($1, "09", "决算数", $0) }))
        page.line(&b, "注：本表反映部门本年度一般公共预算财政拨款“三公”经费支出预决算情况。其中，预算数为“三公”经费全年预算数，反映按规定程序调整后的预算数；")
        page.line(&b, "决算数是包括当年一般公共预算财政拨款和以前年度结转资金安排的实际支出。本表金额转换为万元时，因四舍五入可能存在尾差。")
    }

    // MARK: - 第三部分

    /// `100%` and `0%` are written without decimals in this template.
    private func percent(_ numerator: Int64, _ denominator: Int64, _ section: String, _ quantity: String) -> Segment {
        let hundredths = denominator == 0 ? 0 : FigureFormatting.ratioHundredths(numerator, denominator)
        if hundredths == 0 || hundredths == 10_000 {
            return .figure(FigureSpec(text: hundredths == 0 ? "0" : "100", units: hundredths / 100, decimals: 0,
                                      kind: .narrative(section: section, quantity: quantity), unit: .percent))
        }
        return s.percent(numerator, denominator, section, quantity)
    }

    private func change(_ current: Int64, _ prior: Int64, _ section: String, _ quantity: String, both: String = "") -> [Segment] {
        let delta = current - prior
        let magnitude = Int64(delta.magnitude)
        var result: [Segment] = [.text(both + (delta >= 0 ? "增加" : "减少")), s.amount(magnitude, section, quantity + "增减额"), .text("万元")]
        if prior > 0 {
            result += [.text(delta >= 0 ? "，增长" : "，下降"), percent(magnitude, prior, section, quantity + "增减率"), .text("%")]
        }
        return result
    }

    private func explanation(_ b: inout ReportTextBuilder, _ page: inout HenanPageWriter) {
        let u = "万元"
        var blocks: [[Segment]] = []
        func heading(_ text: String) { blocks.append([.text("\u{0}" + text)]) }
        func para(_ segments: [Segment]) { blocks.append(segments) }
        let total = f.incomeTotal

        heading("一、收入支出决算总体情况说明")
        para([.text("\(y) 年度收、支总计均为"), s.amount(total, "一", "收入总计"), .text("\(u)。与上年度相比，")]
             + change(total, f.priorIncomeTotal, "一", "收入总计", both: "收、支总计各") + [.text("。主要原因是\(f.totalChangeReason)。")])

        heading("二、收入决算情况说明")
        var income: [Segment] = [.text("\(y) 年度收入合计"), s.amount(total, "二", "收入合计"), .text("\(u)，其中：财政拨款收入"),
                                 s.amount(f.financialTotal, "二", "财政拨款收入"), .text("\(u)，占"),
                                 percent(f.financialTotal, total, "二", "财政拨款收入占比"), .text("%")]
        for (label, value) in [("上级补助收入", Int64(0)), ("事业收入", 0), ("经营收入", 0), ("附属单位上缴收入", 0), ("其他收入", f.totalOther.total)] {
            income += [.text("；\(label)"), s.amount(value, "二", label), .text("\(u)，占"), percent(value, total, "二", label + "占比"), .text("%")]
        }
        para(income + [.text("。")])

        heading("三、支出决算情况说明")
        let all = f.totalAll
        var spending: [Segment] = [.text("\(y) 年度支出合计"), s.amount(total, "三", "支出合计"), .text("\(u)，其中：")]
        for (index, (label, value)) in [("基本支出", all.basic), ("项目支出", all.project), ("上缴上级支出", Int64(0)),
                                         ("经营支出", 0), ("对附属单位补助支出", 0)].enumerated() {
            spending += [.text((index > 0 ? "；" : "") + label), s.amount(value, "三", label), .text("\(u)，占"),
                         percent(value, total, "三", label + "占比"), .text("%")]
        }
        para(spending + [.text("。")])

        heading("四、财政拨款收入支出决算总体情况说明")
        para([.text("\(y) 年度财政拨款收、支总计均为"), s.amount(f.financialTotal, "四", "财政拨款收入总计"), .text("\(u)。与上年度相比，")]
             + change(f.financialTotal, f.priorFinancial, "四", "财政拨款收入总计", both: "财政拨款收、支总计各")
             + [.text("。主要原因是\(f.totalChangeReason)。")])

        heading("五、一般公共预算财政拨款支出决算情况说明")
        heading("（一）总体情况")
        let general = f.totalGeneral.total
        para([.text("\(y) 年度一般公共预算财政拨款支出"), s.amount(general, "五(一)", "一般公共预算财政拨款支出"), .text("\(u)，占支出合计的"),
              percent(general, total, "五(一)", "占本年支出合计比例"), .text("%。与上年度相比，一般公共预算财政拨款支出")]
             + change(general, f.priorGeneral, "五(一)", "一般公共预算财政拨款支出") + [.text("。主要原因是\(f.totalChangeReason)。")])
        heading("（二）结构情况")
        var structure: [Segment] = [.text("\(y) 年度一般公共预算财政拨款支出"), s.amount(general, "五(二)", "一般公共预算财政拨款支出"),
                                    .text("\(u)，主要用于以下方面：")]
        for category in f.generalCategories {
            let name = category.name.hasSuffix("支出") ? String(category.name.dropLast(2)) : category.name
            structure += [.text("\(name)（类）支出"), s.amount(category.general.total, "五(二)", "类金额 \(category.code)"), .text("\(u)，占"),
                          percent(category.general.total, general, "五(二)", "类占比 \(category.code)"), .text("%；")]
        }
        para(structure)
        heading("（三）具体情况")
        para([.text("\(y) 年度一般公共预算财政拨款支出年初预算为"), s.amount(f.totalBudget, "五(三)", "年初预算"), .text("\(u)，支出决算为"),
              s.amount(general, "五(三)", "支出决算"), .text("\(u)，完成年初预算的"),
              percent(general, f.totalBudget, "五(三)", "完成年初预算比例"), .text("%。其中：")])
        for (index, item) in f.lines.filter({ $0.level == .item && $0.general.total != 0 }).enumerated() {
            let budget = f.budgetByItem[item.code] ?? 0
            let category = FunctionClassification.name(of: String(item.code.prefix(3)))
            let section = FunctionClassification.name(of: String(item.code.prefix(5)))
            var p: [Segment] = [.text("\(index + 1)．\(category)（类）\(section)（款）\(item.name)（项）。年初预算为"),
                                s.amount(budget, "五(三)", "项年初预算 \(item.code)"), .text("\(u)，支出决算为"),
                                s.amount(item.general.total, "五(三)", "项支出决算 \(item.code)")]
            if budget > 0 {
                p += [.text("\(u)，完成年初预算的"), percent(item.general.total, budget, "五(三)", "项完成年初预算比例 \(item.code)"), .text("%。")]
            } else {
                p.append(.text("\(u)。"))
            }
            p.append(.text(budget == item.general.total ? "决算数与年初预算数一致。" : "决算数与年初预算数存在差异的主要原因是受人员变化及项目实施进度影响。"))
            para(p)
        }

        heading("六、一般公共预算财政拨款基本支出决算情况说明")
        para([.text("\(y)年度一般公共预算财政拨款基本支出"), s.amount(f.totalGeneral.basic, "六", "基本支出"), .text("\(u)。其中：人员经费"),
              s.amount(f.personnelCost, "六", "人员经费"),
              .text("\(u)，主要包括：基本工资、津贴补贴、奖金、绩效工资、机关事业单位基本养老保险缴费、职工基本医疗保险缴费、住房公积金；公用经费"),
              s.amount(f.publicCost, "六", "公用经费"), .text("\(u)，主要包括：办公费、水费、电费、差旅费、工会经费、福利费。")])

        heading("七、政府性基金预算财政拨款支出决算情况说明")
        let fund = f.totalGovernmentFund.total
        para([.text("\(y)年度政府性基金预算财政拨款支出年初预算为"), s.amount(fund, "七", "政府性基金年初预算"), .text("\(u)，支出决算为"),
              s.amount(fund, "七", "政府性基金支出总计")] + (fund > 0 ? [.text("\(u)，完成年初预算的"), percent(fund, fund, "七", "政府性基金完成年初预算比例"), .text("%。")] : [.text("\(u)。")]))
        heading("八、国有资本经营预算财政拨款支出决算情况说明")
        para([.text("\(y) 年度国有资本经营预算财政拨款支出年初预算为 0 万元，支出决算为 0 万元。")])

        heading("九、一般公共预算财政拨款“三公”经费支出决算情况说明")
        heading("（一）一般公共预算财政拨款“三公”经费支出决算总体情况说明。")
        let budget = f.threePublicBudget, final = f.threePublicFinal
        para([.text("\(y) 年度一般公共预算财政拨款“三公”经费支出预算为"), s.amount(budget.total, "九(一)", "三公全年预算"), .text("\(u)，支出决算为"),
              s.amount(final.total, "九(一)", "三公支出决算"), .text("\(u)，完成预算的"), percent(final.total, budget.total, "九(一)", "三公完成全年预算比例"),
              .text("%。决算数与预算数存在差异的主要原因是严格控制“三公”经费支出。")])
        heading("（二）一般公共预算财政拨款“三公”经费支出决算具体情况说明。")
        para([.text("1．因公出国（境）费预算为"), s.amount(budget.abroad, "九(二)", "出国预算"), .text("\(u)，支出决算为"),
              s.amount(final.abroad, "九(二)", "出国支出决算"), .text("\(u)，完成预算的"), percent(final.abroad, budget.abroad, "九(二)", "出国完成预算比例"),
              .text("%。全年因公出国（境）团组 \(final.abroad > 0 ? 1 : 0) 个，累计 \(final.abroad > 0 ? 3 : 0) 人次。")])
        para([.text("2．公务用车购置及运行费年初预算为"), s.amount(budget.vehicles, "九(二)", "公务用车预算"), .text("\(u)，支出决算为"),
              s.amount(final.vehicles, "九(二)", "公务用车支出决算"), .text("\(u)，完成年初预算的"),
              percent(final.vehicles, budget.vehicles, "九(二)", "公务用车完成预算比例"), .text("%。其中：公务用车购置支出为"),
              s.amount(final.vehiclePurchase, "九(二)", "购置支出决算"), .text("\(u)。公务用车运行维护支出"),
              s.amount(final.vehicleOperation, "九(二)", "运行支出决算"), .text("\(u)。\(y) 年期末，财政拨款开支的公务用车保有量为"),
              s.count(f.vehicleCount, "九(二)", "公务用车保有量"), .text("辆。")])
        para([.text("3．公务接待费预算为"), s.amount(budget.reception, "九(二)", "接待预算"), .text("\(u)，支出决算为"),
              s.amount(final.reception, "九(二)", "接待支出决算"), .text("\(u)，完成预算的"),
              percent(final.reception, budget.reception, "九(二)", "接待完成预算比例"),
              .text("%。\(y) 年共接待国内来访团组 \(f.receptionBatches) 个、来宾 \(f.receptionPersons) 人次（不包括陪同人员）。")])

        heading("十、机关运行经费支出情况说明")
        let operating = f.publicCost
        let prior = max(1, f.priorOperatingCost + operating - f.operatingCost)
        para([.text("\(y) 年度机关运行经费支出"), s.amount(operating, "十", "机关运行经费"), .text("\(u)，比 "), s.year(f.year - 1, "十", "上年年份"),
              .text(" 年度")] + change(operating, prior, "十", "机关运行经费较上年") + [.text("。主要原因是厉行节约，缩减开支。")])
        heading("十一、政府采购支出情况说明")
        let procurement = f.procurementTotal
        para([.text("\(y) 年度政府采购支出总额"), s.amount(procurement, "十一", "政府采购支出总额"), .text("\(u)，其中：政府采购货物支出"),
              s.amount(f.procurementGoods, "十一", "货物"), .text("\(u)、政府采购工程支出"), s.amount(f.procurementWorks, "十一", "工程"),
              .text("\(u)、政府采购服务支出"), s.amount(f.procurementServices, "十一", "服务"), .text("\(u)。授予中小企业合同金额"),
              s.amount(f.procurementSME, "十一", "中小企业合同金额"), .text("\(u)，占政府采购支出总额的"),
              percent(f.procurementSME, procurement, "十一", "中小企业占比"), .text("%，其中：授予小微企业合同金额"),
              s.amount(f.procurementSmall, "十一", "小微企业合同金额"), .text("\(u)，占授予中小企业合同金额的"),
              percent(f.procurementSmall, f.procurementSME, "十一", "小微企业占中小企业比例"), .text("%。")])
        heading("十二、国有资产占用情况说明")
        var assets: [Segment] = [.text("\(y) 年期末，我单位共有车辆"), s.count(f.vehicleCount, "十二", "车辆数"), .text("辆，其中：")]
        let labels = ["省级领导干部用车", "主要领导干部用车", "机要通信用车", "应急保障车", "执法执勤用车", "特种专业技术用车", "离退休干部用车", "其他用车"]
        for (index, label) in labels.enumerated() {
            assets += [.text((index > 0 ? "、" : "") + label), s.count(f.vehicles[index], "十二", DepartmentFigures.vehicleCategories[index]), .text("辆")]
        }
        para(assets + [.text("；单位价值 100 万元（含）以上设备"), s.count(f.largeEquipment, "十二", "单价100万元以上设备"), .text("台（套）。")])
        heading("十三、预算绩效情况说明")
        heading("（一）绩效管理工作开展情况。")
        let projects = f.performanceProjects
        para([.text("\(y) 年度我单位绩效管理工作开展情况：根据预算绩效管理要求，我单位围绕绩效目标设定、事前评估、事中监控、事后自评全过程进行绩效管理，共对"),
              s.count(projects.count, "十三", "绩效自评项目数"), .text("个项目开展了绩效自评，涉及资金"),
              s.amount(projects.reduce(0) { $0 + $1.budget }, "十三", "绩效自评资金"), .text("\(u)，其中一般公共预算项目资金"),
              s.amount(projects.reduce(0) { $0 + $1.budget }, "十三", "一般公共预算项目支出"), .text("\(u)。自评结果为："),
              s.count(projects.filter { $0.grade == "优" }.count, "十三", "优"), .text("个项目自评等级为“优”，"),
              s.count(projects.filter { $0.grade == "良" }.count, "十三", "良"), .text("个项目自评等级为“良”，"),
              s.count(projects.filter { $0.grade == "中" }.count, "十三", "中"), .text("个项目自评等级为“中”。")])

        page.line(&b, "第三部分 \(y) 年度部门决算情况说明", pageStart: true)
        for block in blocks {
            if case .text(let text) = block.first, text.hasPrefix("\u{0}") {
                page.line(&b, String(text.dropFirst()))
            } else {
                page.paragraph(&b, block)
            }
        }
        page.line(&b, "第四部分 名词解释", pageStart: true)
        let ordinals = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"]
        for (index, entry) in Wording.glossary.enumerated() {
            page.paragraph(&b, [.text(ordinals[index] + "、" + entry)])
        }
    }
}
