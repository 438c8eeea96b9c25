import Report

extension Rule {
    /// each 04 支出 类 合计 ≤ 01 类 line (equal when 01 shows only fiscal income).
    static let fiscalCategoryAcrossTables = Rule(
        code: "X-09",
        title: LocalizedText(zh: "公开04表各类支出合计不超过公开01表同类支出",
                             en: "Each category total of table 04 does not exceed table 01's"),
        formula: "公开04 支出 类 合计(2) ≤ 公开01 同类；公开01 行次4–8 与使用非财政拨款结余为空时相等",
        tolerance: .copy,
        example: "二十三、其他支出: 1520.00 = 1520.00"
    ) { context in
        guard let summary = context.table(.incomeExpenditureSummary), let fiscal = context.table(.fiscalAppropriationSummary),
              let cs = summary.columnIndex(.amount, side: .expenditure),
              let cf = fiscal.columnIndex(.total, side: .expenditure) else { return }
        let equal = CrossTableReading.onlyFiscalIncome(context) == true
        var summaryRow: [String: Int] = [:]
        for (code, row) in CrossTableReading.categoryLines(summary) { summaryRow[code] = row }
        for (code, row) in CrossTableReading.categoryLines(fiscal) {
            guard let s = summaryRow[code] else { continue }
            let term = IdentityTerm(summary.figure(row: s, column: cs))
            if equal {
                context.requireCopy(fiscal.figure(row: row, column: cf), equals: [term])
            } else {
                context.requireAtMost(fiscal.figure(row: row, column: cf), [term])
            }
        }
    }
}
