import Report

extension NarrativeRule {
    /// N-11: 七 政府性基金 收入/支出总计 = 公开07 合计; `本年度无此项收支` ⇔ 公开07 has no data.
    static let narrativeGovernmentFund = NarrativeRule(
        code: "N-11",
        title: LocalizedText(zh: "政府性基金预算财政拨款收支情况与公开07表一致",
                             en: "Government-fund appropriations match table 07"),
        formula: "七 `收入总计` = 公开07 合计 本年收入；`支出总计`/`支出决算` = 公开07 合计 本年支出 小计；`本年度无此项收支` ⇔ 公开07 无数据",
        tolerance: .quote,
        example: "2024年度政府性基金预算财政拨款收入总计1,500.00万元、支出总计1,500.00万元"
    ) { context in
        FundSection.check(context, topic: .governmentFund, table: .governmentFund, income: .currentYearIncome,
                          expenditure: .expenditureTotal, fund: .governmentFund, name: LocalizedText(zh: "政府性基金预算财政拨款", en: "Government-fund appropriation"))
    }

    /// N-12: 八 国有资本经营 支出 = 公开08 合计; `本年度无此项支出` ⇔ 公开08 has no data.
    static let narrativeStateCapital = NarrativeRule(
        code: "N-12",
        title: LocalizedText(zh: "国有资本经营预算财政拨款支出情况与公开08表一致",
                             en: "State-capital appropriations match table 08"),
        formula: "八 `支出决算`/`支出` = 公开08 合计；`本年度无此项支出` ⇔ 公开08 无数据",
        tolerance: .quote,
        example: "本年度无此项支出。"
    ) { context in
        FundSection.check(context, topic: .stateCapital, table: .stateCapital, income: nil, expenditure: .total,
                          fund: .stateCapital, name: LocalizedText(zh: "国有资本经营预算财政拨款", en: "State-capital appropriation"))
    }
}

/// Sections 七 and 八: amounts against the fund table's 合计 row, and `无此项` against an empty table.
enum FundSection {
    static func check(_ context: NarrativeRuleContext, topic: NarrativeTopic, table kind: TableKind, income: ColumnRole?,
                      expenditure: ColumnRole, fund: FundKind, name: LocalizedText) {
        let table = context.table(kind)
        let total = table.flatMap { $0.rowIndex(.total) }
        for s in context.sentences(topic) {
            if s.sentence.text.contains("无此项"), let table, !table.isEmpty, let total,
               let c = table.columnIndex(expenditure), let spent = context.operand(table, row: total, column: c), !spent.value.isZero {
                context.report(range: s.sentence.range, message: LocalizedText(
                    zh: "文中称“无此项收支”，但\(spent.label.zh)", en: "the text says there is none, but \(spent.label.en)"),
                    related: spent.range.map { [RelatedLocation(range: $0, message: spent.label)] } ?? [])
            }
            for m in s.levels {
                let subject = NarrativeSubject.normalized(m.subject)
                if subject.hasSuffix("预算") || subject.contains("年初预算") || subject.contains("全年预算") { continue }
                let column: ColumnRole
                if subject.hasSuffix("收入总计") || subject.hasSuffix("收入") {
                    guard let income else { continue }
                    column = income
                } else if subject.hasSuffix("支出总计") || subject.hasSuffix("支出决算") || subject.hasSuffix("支出") {
                    column = expenditure
                } else { continue }
                let target: NarrativeOperand?
                if let table, table.isEmpty {
                    target = context.emptyTableOperand(table)
                } else if let table, let total, let c = table.columnIndex(column) {
                    target = context.operand(table, row: total, column: c)
                } else {
                    target = nil
                }
                // When the fund table cannot be read (cells dropped in PDF text), table 04 states the same figures.
                let fallback = column == income
                    ? context.operand(.fiscalAppropriationSummary, .incomeSource(IncomeSource(rawValue: fund.rawValue) ?? .governmentFund), side: .income, column: .amount)
                    : context.operand(.fiscalAppropriationSummary, .currentYearExpenditureTotal, side: .expenditure,
                                      column: fund == .governmentFund ? .governmentFund : .stateCapital)
                // Without carry-over in table 04, a fund spends what it received (T07-2): its 04 income line.
                let received = column == income ? nil : noCarryover(context)
                    ? context.operand(.fiscalAppropriationSummary, .incomeSource(IncomeSource(rawValue: fund.rawValue) ?? .governmentFund), side: .income, column: .amount)
                    : nil
                context.requireQuote(m, in: s, equals: target ?? fallback ?? received,
                                     what: LocalizedText(zh: name.zh + (column == income ? "收入" : "支出"), en: name.en))
            }
            context.requireCompletions(in: s)
        }
    }

    /// True when table 04 shows no fiscal carry-over at the start or the end of the year.
    static func noCarryover(_ context: NarrativeRuleContext) -> Bool {
        guard let t = context.table(.fiscalAppropriationSummary) else { return false }
        for (role, side, column) in [(RowLabelRole.fiscalCarryoverBeginning, TableSide.income, ColumnRole.amount),
                                     (.fiscalCarryoverEnd, .expenditure, .total)] {
            guard let r = t.rowIndex(role, side: side), let c = t.columnIndex(column, side: side) else { return false }
            let f = t.figure(row: r, column: c)
            if f.isUndetermined || !f.isZeroOrEmpty { return false }
        }
        return true
    }
}
