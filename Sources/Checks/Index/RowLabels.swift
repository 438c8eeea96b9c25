import Report

/// How messages name a row: `201 一般公共服务支出`, `本年收入合计`, `行次 9`.
enum RowLabels {
    static func label(of row: Row) -> LocalizedText {
        let name = row.name?.normalized ?? ""
        if let code = row.code?.text {
            let text = name.isEmpty ? code : code + " " + name
            return LocalizedText(zh: text, en: text)
        }
        if !name.isEmpty { return LocalizedText(zh: name, en: name) }
        if let role = row.labelRole { return standard(role) }
        if let n = row.number?.value { return LocalizedText(zh: "行次\(n)", en: "line \(n)") }
        return LocalizedText(zh: "（无名称行）", en: "(unnamed row)")
    }

    /// The printed label of a standard row.
    static func standard(_ role: RowLabelRole) -> LocalizedText {
        let zh: String
        switch role {
        case .total: zh = "合计"
        case .currentYearIncomeTotal: zh = "本年收入合计"
        case .currentYearExpenditureTotal: zh = "本年支出合计"
        case .grandTotal: zh = "总计"
        case .incomeSource(let source):
            switch source {
            case .generalBudget: zh = "一般公共预算财政拨款收入"
            case .governmentFund: zh = "政府性基金预算财政拨款收入"
            case .stateCapital: zh = "国有资本经营预算财政拨款收入"
            case .superiorSubsidy: zh = "上级补助收入"
            case .business: zh = "事业收入"
            case .operating: zh = "经营收入"
            case .subordinateRemit: zh = "附属单位上缴收入"
            case .other: zh = "其他收入"
            }
        case .expenditureCategory: zh = "支出功能分类类级"
        case .nonFiscalBalanceUsed: zh = "使用非财政拨款结余（含专用结余）"
        case .carryoverBeginning: zh = "年初结转和结余"
        case .balanceDistribution: zh = "结余分配"
        case .carryoverEnd: zh = "年末结转和结余"
        case .fiscalCarryoverBeginning: zh = "年初财政拨款结转和结余"
        case .fiscalCarryoverEnd: zh = "年末财政拨款结转和结余"
        case .carryoverFund(let fund):
            switch fund {
            case .generalBudget: zh = "一般公共预算财政拨款"
            case .governmentFund: zh = "政府性基金预算财政拨款"
            case .stateCapital: zh = "国有资本经营预算财政拨款"
            }
        case .personnelTotal: zh = "人员经费合计"
        case .publicTotal: zh = "公用经费合计"
        case .procurementGoods: zh = "货物"
        case .procurementWorks: zh = "工程"
        case .procurementServices: zh = "服务"
        case .runningCostAdministrative: zh = "（一）行政单位"
        case .runningCostCivilServiceLike: zh = "（二）参照公务员法管理事业单位"
        case .vehicleTotal: zh = "（一）车辆数合计（辆）"
        case .vehicle(let n): zh = "车辆类别\(n)"
        case .highValueEquipment: zh = "（二）单价100万元（含）以上设备（不含车辆）"
        case .threePublicData: zh = "“三公”经费"
        }
        return LocalizedText(zh: zh, en: zh)
    }
}

/// How messages name a column: the standard label by role, in Chinese and English.
enum ColumnLabels {
    static func label(of column: Column) -> LocalizedText {
        if column.role == .unknown {
            return LocalizedText(zh: column.label, en: column.label)
        }
        let standard = standard(column.role)
        return column.label.isEmpty ? standard : LocalizedText(zh: column.label, en: standard.en)
    }

    static func standard(_ role: ColumnRole) -> LocalizedText {
        switch role {
        case .amount: return LocalizedText(zh: "金额", en: "amount")
        case .total: return LocalizedText(zh: "合计", en: "total")
        case .fiscalAppropriation: return LocalizedText(zh: "财政拨款收入", en: "fiscal appropriation")
        case .superiorSubsidy: return LocalizedText(zh: "上级补助收入", en: "superior subsidy")
        case .business: return LocalizedText(zh: "事业收入", en: "business income")
        case .operating: return LocalizedText(zh: "经营收入", en: "operating income")
        case .subordinateRemit: return LocalizedText(zh: "附属单位上缴收入", en: "remittances from subordinates")
        case .otherIncome: return LocalizedText(zh: "其他收入", en: "other income")
        case .basic: return LocalizedText(zh: "基本支出", en: "basic expenditure")
        case .project: return LocalizedText(zh: "项目支出", en: "project expenditure")
        case .upperRemit: return LocalizedText(zh: "上缴上级支出", en: "remittance to superior")
        case .operatingExpenditure: return LocalizedText(zh: "经营支出", en: "operating expenditure")
        case .subsidiaryGrant: return LocalizedText(zh: "对附属单位补助支出", en: "grants to subordinates")
        case .generalBudget: return LocalizedText(zh: "一般公共预算财政拨款", en: "general budget")
        case .governmentFund: return LocalizedText(zh: "政府性基金预算财政拨款", en: "government fund")
        case .stateCapital: return LocalizedText(zh: "国有资本经营预算财政拨款", en: "state capital")
        case .carryoverBeginning: return LocalizedText(zh: "年初结转和结余", en: "carry-over at start")
        case .currentYearIncome: return LocalizedText(zh: "本年收入", en: "income this year")
        case .expenditureTotal: return LocalizedText(zh: "本年支出小计", en: "expenditure subtotal")
        case .carryoverEnd: return LocalizedText(zh: "年末结转和结余", en: "carry-over at end")
        case .threePublic(let phase, let item):
            let phaseText = phase == .budget ? LocalizedText(zh: "预算数", en: "budget") : LocalizedText(zh: "决算数", en: "final")
            let itemText: LocalizedText
            switch item {
            case .total: itemText = LocalizedText(zh: "合计", en: "total")
            case .travelAbroad: itemText = LocalizedText(zh: "因公出国（境）费", en: "official travel abroad")
            case .vehicleSubtotal: itemText = LocalizedText(zh: "公务用车购置及运行维护费小计", en: "official vehicles subtotal")
            case .vehiclePurchase: itemText = LocalizedText(zh: "公务用车购置费", en: "vehicle purchase")
            case .vehicleOperation: itemText = LocalizedText(zh: "公务用车运行维护费", en: "vehicle operation")
            case .reception: itemText = LocalizedText(zh: "公务接待费", en: "official reception")
            }
            return LocalizedText(zh: phaseText.zh + itemText.zh, en: phaseText.en + " " + itemText.en)
        case .unknown: return LocalizedText(zh: "未识别列", en: "unknown column")
        }
    }
}
