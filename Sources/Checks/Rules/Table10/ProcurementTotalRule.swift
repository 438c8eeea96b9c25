import Report

extension Rule {
    /// T10-1: 10 政府采购 合计 = 货物 + 工程 + 服务.
    static let procurementTotal = Rule(
        code: "T10-1",
        title: LocalizedText(zh: "相关信息统计表：政府采购合计等于货物、工程、服务之和",
                             en: "Table 10: procurement total equals goods plus works plus services"),
        formula: "公开10 合计(1) = 货物(2) + 工程(3) + 服务(4)",
        tolerance: .sum,
        example: "173.59 = 4.44 + 0 + 169.15"
    ) { context in
        guard let t = context.table(.relatedInformation) else { return }
        context.requireSum(t.figure(.total, column: .amount),
                           equals: [TableIdentities.term(t, .procurementGoods, column: .amount),
                                    TableIdentities.term(t, .procurementWorks, column: .amount),
                                    TableIdentities.term(t, .procurementServices, column: .amount)],
                           relation: LocalizedText(zh: "货物、工程、服务之和", en: "goods plus works plus services"))
    }
}
