import Report

extension Rule {
    /// T02-1: per row of 02, 本年收入合计 = Σ income sources.
    static let incomeRowAddsUp = Rule(
        code: "T02-1",
        title: LocalizedText(zh: "收入决算表：每行本年收入合计等于各项收入之和",
                             en: "Table 02: each row's income total equals the sum of its sources"),
        formula: "公开02 每行 本年收入合计(1) = 财政拨款收入(2) + 上级补助收入(3) + 事业收入(4) + 经营收入(5) + 附属单位上缴收入(6) + 其他收入(7)",
        tolerance: .sum,
        example: "201 一般公共服务支出: 281.91 = 281.91 + 0 + 0 + 0 + 0 + 0"
    ) { context in
        guard let t = context.table(.income) else { return }
        TableIdentities.rowsAddUpAcross(context, t, total: .total,
                                        parts: [.fiscalAppropriation, .superiorSubsidy, .business, .operating, .subordinateRemit, .otherIncome])
    }
}
