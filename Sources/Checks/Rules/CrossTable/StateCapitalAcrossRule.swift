import Report

extension Rule {
    /// 04 国有资本经营预算财政拨款 column = 08 合计, per 类 and total.
    static let stateCapitalAcrossTables = Rule(
        code: "X-12",
        title: LocalizedText(zh: "公开04表国有资本经营预算财政拨款支出与公开08表一致",
                             en: "State capital: table 04 equals table 08"),
        formula: "公开04 国有资本经营预算财政拨款(5) 各类及本年支出合计 = 公开08 同类 合计(1)",
        tolerance: .copy,
        example: "50.00 = 50.00"
    ) { context in
        guard let fiscal = context.table(.fiscalAppropriationSummary), let capital = context.table(.stateCapital) else { return }
        FundColumnAcross.require(context, fiscal: fiscal, fundColumn: .stateCapital, table: capital, column: .total)
    }
}
