/// Standard row labels → roles, and 01/04 支出 类 labels → function 类 codes.
enum RowLabels {
    /// 类 names of the 支出功能分类 (2024), keyed by the normalised name.
    static let categoryCodes: [String: String] = [
        "一般公共服务支出": "201", "外交支出": "202", "国防支出": "203", "公共安全支出": "204", "教育支出": "205",
        "科学技术支出": "206", "文化旅游体育与传媒支出": "207", "社会保障和就业支出": "208", "社会保险基金支出": "209",
        "卫生健康支出": "210", "节能环保支出": "211", "城乡社区支出": "212", "农林水支出": "213", "交通运输支出": "214",
        "资源勘探工业信息等支出": "215", "商业服务业等支出": "216", "金融支出": "217", "援助其他地区支出": "219",
        "自然资源海洋气象等支出": "220", "住房保障支出": "221", "粮油物资储备支出": "222", "国有资本经营预算支出": "223",
        "灾害防治及应急管理支出": "224", "预备费": "227", "其他支出": "229", "转移性支出": "230", "债务还本支出": "231",
        "债务付息支出": "232", "债务发行费用支出": "233", "抗疫特别国债安排的支出": "234",
    ]

    /// The role of a label in a two-sided table (01/04), and the 类 code of a 支出 类 line.
    static func twoSided(_ key: String, side: TableSide) -> (role: RowLabelRole?, category: String?) {
        switch key {
        case "本年收入合计": return (.currentYearIncomeTotal, nil)
        case "本年支出合计": return (.currentYearExpenditureTotal, nil)
        case "总计": return (.grandTotal, nil)
        case "合计": return (.total, nil)
        case "结余分配": return (.balanceDistribution, nil)
        case "年初结转和结余": return (.carryoverBeginning, nil)
        case "年末结转和结余": return (.carryoverEnd, nil)
        case "年初财政拨款结转和结余": return (.fiscalCarryoverBeginning, nil)
        case "年末财政拨款结转和结余": return (.fiscalCarryoverEnd, nil)
        case "一般公共预算财政拨款": return (.carryoverFund(.generalBudget), nil)
        case "政府性基金预算财政拨款": return (.carryoverFund(.governmentFund), nil)
        case "国有资本经营预算财政拨款": return (.carryoverFund(.stateCapital), nil)
        default: break
        }
        if key.hasPrefix("使用非财政拨款结余") { return (.nonFiscalBalanceUsed, nil) }
        let (ordinal, rest) = TextNormalizer.strippingOrdinal(key)
        guard ordinal != nil else { return (nil, nil) }
        if side == .income {
            if rest.hasPrefix("一般公共预算财政拨款") { return (.incomeSource(.generalBudget), nil) }
            if rest.hasPrefix("政府性基金预算财政拨款") { return (.incomeSource(.governmentFund), nil) }
            if rest.hasPrefix("国有资本经营预算财政拨款") { return (.incomeSource(.stateCapital), nil) }
            if rest.hasPrefix("上级补助收入") { return (.incomeSource(.superiorSubsidy), nil) }
            if rest.hasPrefix("事业收入") { return (.incomeSource(.business), nil) }
            if rest.hasPrefix("经营收入") { return (.incomeSource(.operating), nil) }
            if rest.hasPrefix("附属单位上缴收入") { return (.incomeSource(.subordinateRemit), nil) }
            if rest.hasPrefix("其他收入") { return (.incomeSource(.other), nil) }
            return (nil, nil)
        }
        return (.expenditureCategory, categoryCodes[rest])
    }

    /// The role of a label in 部门决算公开相关信息统计表.
    static func relatedInformation(_ key: String) -> RowLabelRole? {
        switch key {
        case "合计": return .total
        case "货物": return .procurementGoods
        case "工程": return .procurementWorks
        case "服务": return .procurementServices
        default: break
        }
        let (ordinal, rest) = TextNormalizer.strippingOrdinal(key)
        if rest.hasPrefix("车辆数合计") { return .vehicleTotal }
        if rest.hasPrefix("行政单位") { return .runningCostAdministrative }
        if rest.hasPrefix("参照公务员法管理") { return .runningCostCivilServiceLike }
        if rest.contains("设备") && rest.contains("万元") { return .highValueEquipment }
        if let n = ordinal, rest.hasSuffix("用车"), key.first?.isASCII == true { return .vehicle(n) }
        return nil
    }

    /// 合计 / 总计 in code tables.
    static func totalRole(_ key: String) -> RowLabelRole? {
        switch key {
        case "合计": return .total
        case "总计": return .grandTotal
        default: return nil
        }
    }
}
