import Checks
import Report

/// How hovers name tables, columns and rows: `公开05表 一般公共预算财政拨款支出决算表`,
/// `基本支出`, `2010401 行政运行`; in English `Table 05`, `basic expenditure`.
enum TableNames {
    /// `公开05表 <title>` / `Table 05 <title>` (the number as declared, else the template's).
    static func label(_ table: Table, _ locale: MessageLocale) -> String {
        let title = table.title.isEmpty ? table.kind.chineseTitle : table.title
        guard let number = table.declaredNumber ?? table.kind.templateNumber else { return title }
        let padded = number < 10 ? "0\(number)" : "\(number)"
        return locale == .en ? "Table \(padded) \(title)" : "公开\(padded)表 \(title)"
    }

    /// The column's printed label in Chinese; the meaning of its role in English.
    static func column(_ column: Column, _ locale: MessageLocale) -> String {
        if locale == .zh, !column.label.isEmpty { return column.label }
        let names = roleNames(column.role)
        return locale == .en ? names.en : names.zh
    }

    /// The row as a reader names it: `2010401 行政运行`, or its label.
    static func row(_ row: Row) -> String {
        switch (row.code?.text, row.name?.written) {
        case (let code?, let name?): "\(code) \(name)"
        case (let code?, nil): code
        case (nil, let name?): name
        case (nil, nil): row.number.map { "行次 \($0.value)" } ?? ""
        }
    }

    static func roleNames(_ role: ColumnRole) -> LocalizedText {
        switch role {
        case .amount: LocalizedText(zh: "金额", en: "amount")
        case .total: LocalizedText(zh: "合计", en: "total")
        case .fiscalAppropriation: LocalizedText(zh: "财政拨款收入", en: "fiscal appropriation income")
        case .superiorSubsidy: LocalizedText(zh: "上级补助收入", en: "subsidy from the superior")
        case .business: LocalizedText(zh: "事业收入", en: "public-service income")
        case .operating: LocalizedText(zh: "经营收入", en: "operating income")
        case .subordinateRemit: LocalizedText(zh: "附属单位上缴收入", en: "remittances from subordinate units")
        case .otherIncome: LocalizedText(zh: "其他收入", en: "other income")
        case .basic: LocalizedText(zh: "基本支出", en: "basic expenditure")
        case .project: LocalizedText(zh: "项目支出", en: "project expenditure")
        case .upperRemit: LocalizedText(zh: "上缴上级支出", en: "remittances to the superior")
        case .operatingExpenditure: LocalizedText(zh: "经营支出", en: "operating expenditure")
        case .subsidiaryGrant: LocalizedText(zh: "对附属单位补助支出", en: "grants to subordinate units")
        case .generalBudget: LocalizedText(zh: "一般公共预算财政拨款", en: "general budget appropriation")
        case .governmentFund: LocalizedText(zh: "政府性基金预算财政拨款", en: "government fund appropriation")
        case .stateCapital: LocalizedText(zh: "国有资本经营预算财政拨款", en: "state capital appropriation")
        case .carryoverBeginning: LocalizedText(zh: "年初结转和结余", en: "carry-over at the beginning of the year")
        case .currentYearIncome: LocalizedText(zh: "本年收入", en: "income of the year")
        case .expenditureTotal: LocalizedText(zh: "本年支出小计", en: "expenditure of the year")
        case .carryoverEnd: LocalizedText(zh: "年末结转和结余", en: "carry-over at the end of the year")
        case .threePublic(let phase, let item):
            LocalizedText(zh: (phase == .budget ? "预算数 " : "决算数 ") + threePublicNames(item).zh,
                          en: (phase == .budget ? "budget " : "final ") + threePublicNames(item).en)
        case .unknown: LocalizedText(zh: "未识别的列", en: "unrecognised column")
        }
    }

    private static func threePublicNames(_ item: ThreePublicItem) -> LocalizedText {
        switch item {
        case .total: LocalizedText(zh: "合计", en: "total")
        case .travelAbroad: LocalizedText(zh: "因公出国（境）费", en: "official travel abroad")
        case .vehicleSubtotal: LocalizedText(zh: "公务用车购置及运行维护费", en: "official vehicles")
        case .vehiclePurchase: LocalizedText(zh: "公务用车购置费", en: "vehicle purchase")
        case .vehicleOperation: LocalizedText(zh: "公务用车运行维护费", en: "vehicle operation")
        case .reception: LocalizedText(zh: "公务接待费", en: "official reception")
        }
    }

    /// What a row says in each column: `合计 277.00 · 基本支出 13.20 · 项目支出 263.80`.
    /// Blank cells are left out; a cell whose column is undecided is marked so.
    static func figures(of row: Row, in table: Table, _ locale: MessageLocale) -> String {
        var parts: [String] = []
        for cell in row.cells {
            let value: String
            switch cell.value {
            case .amount(let amount): value = amount.description
            case .notApplicable: value = "——"
            case .blank: continue
            }
            if let index = cell.column, table.columns.indices.contains(index) {
                parts.append("\(column(table.columns[index], locale)) \(value)")
            } else {
                parts.append(locale == .en ? "\(value) (column undecided)" : "\(value)（列不确定）")
            }
        }
        if parts.isEmpty { return locale == .en ? "no figures" : "无数字" }
        return parts.joined(separator: " · ")
    }
}
