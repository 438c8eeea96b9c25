import Report

extension Rule {
    /// T03-1: per row of 03, 本年支出合计 = Σ expenditure types.
    static let expenditureRowAddsUp = Rule(
        code: "T03-1",
        title: LocalizedText(zh: "支出决算表：每行本年支出合计等于各类支出之和",
                             en: "Table 03: each row's expenditure total equals the sum of its types"),
        formula: "公开03 每行 本年支出合计(1) = 基本支出(2) + 项目支出(3) + 上缴上级支出(4) + 经营支出(5) + 对附属单位补助支出(6)",
        tolerance: .sum,
        example: "216 商业服务业等支出: 69.48 ≈ 61.39 + 8.10 = 69.49 (±0.015)"
    ) { context in
        guard let t = context.table(.expenditure) else { return }
        TableIdentities.rowsAddUpAcross(context, t, total: .total,
                                        parts: [.basic, .project, .upperRemit, .operatingExpenditure, .subsidiaryGrant])
    }
}
