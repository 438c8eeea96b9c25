import Report

extension NarrativeRule {
    /// N-16: 十(二) 政府采购 总额 / 货物 / 工程 / 服务 = 公开10 行次1–4; 中小企业 ≤ 总额, 小微 ≤ 中小; 占比 by its named base.
    static let narrativeProcurement = NarrativeRule(
        code: "N-16",
        title: LocalizedText(zh: "政府采购支出与公开10表一致，授予中小企业、小微企业的比例相符",
                             en: "Government procurement matches table 10 and the SME shares add up"),
        formula: "十 `政府采购支出总额` = 公开10 合计；`货物`/`工程`/`服务` = 行次2/3/4；`占政府采购支出总额的 P%` = 金额 ÷ 总额；`占授予中小企业合同金额的 P%` = 金额 ÷ 中小企业金额",
        tolerance: .quote,
        example: "政府采购授予中小企业合同金额0.89万元，占政府采购支出总额的100.00%"
    ) { context in
        let rows: [(String, RowLabelRole)] = [("政府采购支出总额", .total), ("政府采购货物支出", .procurementGoods),
                                              ("政府采购工程支出", .procurementWorks), ("政府采购服务支出", .procurementServices)]
        var procurementTotal: NarrativeOperand?
        var smeTotal: NarrativeOperand?
        for s in context.sentences(.procurement) {
            for m in s.levels {
                let subject = NarrativeSubject.normalized(m.subject)
                if subject.hasSuffix("政府采购支出总额") { procurementTotal = NarrativeOperand(mention: m, sentence: s.sentence) }
                if subject.contains("小微企业合同金额") {
                    context.requireAtMost(m, in: s, bound: smeTotal, what: LocalizedText(zh: "授予小微企业合同金额", en: "Contracts to small enterprises"))
                } else if subject.contains("中小企业合同金额") {
                    context.requireAtMost(m, in: s, bound: procurementTotal, what: LocalizedText(zh: "授予中小企业合同金额", en: "Contracts to SMEs"))
                    smeTotal = NarrativeOperand(mention: m, sentence: s.sentence)
                }
                guard let (name, role) = rows.first(where: { subject.hasSuffix($0.0) }) else { continue }
                context.requireQuote(m, in: s, equals: context.operand(.relatedInformation, role, column: .amount),
                                     what: LocalizedText(zh: name, en: "Procurement (\(role.name))"))
            }
            if let total = s.levels.first(where: { NarrativeSubject.normalized($0.subject).hasSuffix("政府采购支出总额") }) {
                let parts = s.levels.filter { m in rows.dropFirst().contains { NarrativeSubject.normalized(m.subject).hasSuffix($0.0) } }
                if parts.count == 3 {
                    context.requireNarrativeSum(total, in: s, parts: parts.map { ($0, s.sentence) },
                                                what: LocalizedText(zh: "政府采购支出总额（应等于货物、工程、服务之和）", en: "Procurement total (goods + works + services)"))
                }
            }
            context.requireShares(in: s, what: LocalizedText(zh: "占比", en: "share")) { base, _ in
                if base.hasSuffix("政府采购支出总额") { return procurementTotal }
                if base.contains("中小企业合同金额") { return smeTotal }
                return nil
            }
        }
    }
}
