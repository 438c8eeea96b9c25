import Report

extension Rule {
    /// each 01 支出 类 line = 03 类 row 本年支出合计 (or Σ its 项 where 03 lists only 项).
    static let categoryAcrossTables = Rule(
        code: "X-05",
        title: LocalizedText(zh: "公开01表各类支出与公开03表类级科目一致",
                             en: "Each expenditure category of table 01 equals its 类 row in table 03"),
        formula: "公开01 支出 类 行 = 公开03 同一类 本年支出合计（只列项时：同前缀各项之和）",
        tolerance: .copy,
        example: "一、一般公共服务支出 281.91 = 03 201 281.91; 003: 51.31 ≈ 28.87 + 22.45 = 51.32 (±0.015)"
    ) { context in
        guard let summary = context.table(.incomeExpenditureSummary), let spending = context.table(.expenditure),
              let c = summary.columnIndex(.amount, side: .expenditure) else { return }
        for (code, row) in CrossTableReading.categoryLines(summary) {
            CrossTableReading.requireSame(context, later: spending, code: code, column: .total,
                                          earlier: summary.figure(row: row, column: c))
        }
    }
}
