import Report

extension Rule {
    /// 01 行次4…8 = 02 合计 栏次3…7.
    static let otherIncomeAcrossTables = Rule(
        code: "X-03",
        title: LocalizedText(zh: "公开01表非财政拨款收入与公开02表各收入列一致",
                             en: "Other income: table 01 lines 4–8 equal table 02 columns 3–7"),
        formula: "公开01 上级补助收入(4)、事业收入(5)、经营收入(6)、附属单位上缴收入(7)、其他收入(8) = 公开02 合计 栏次3…7",
        tolerance: .copy,
        example: "上级补助收入: 0 = 0"
    ) { context in
        guard let summary = context.table(.incomeExpenditureSummary), let income = context.table(.income) else { return }
        let pairs: [(IncomeSource, ColumnRole)] = [(.superiorSubsidy, .superiorSubsidy), (.business, .business),
                                                   (.operating, .operating), (.subordinateRemit, .subordinateRemit),
                                                   (.other, .otherIncome)]
        for (source, column) in pairs {
            context.requireCopy(income.figure(.total, column: column),
                                equals: [TableIdentities.term(summary, .incomeSource(source), side: .income, column: .amount)])
        }
    }
}
