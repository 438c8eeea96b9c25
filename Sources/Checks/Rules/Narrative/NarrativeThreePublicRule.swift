import Report

extension NarrativeRule {
    /// N-13: 九 “三公” 全年预算, 支出决算 (total and each item) = 公开09; 完成预算的 P = 决算 ÷ 预算.
    static let narrativeThreePublic = NarrativeRule(
        code: "N-13",
        title: LocalizedText(zh: "“三公”经费：预算数、决算数及完成预算的比例与公开09表一致",
                             en: "Three public expenses: budgets, final amounts and completion rates match table 09"),
        formula: "九 `“三公”经费…全年预算` = 公开09 预算数 合计；`支出决算` = 决算数 合计；`因公出国（境）费`/`公务用车购置费`/`公务用车运行维护费`/`公务接待费` = 决算数 (8)/(10)/(11)/(12)；`完成全年预算的 P%` = 决算 ÷ 预算",
        tolerance: .quote,
        example: "“三公”经费财政拨款支出全年预算1.40万元，支出决算1.40万元，完成全年预算的100.00%"
    ) { context in
        let table = context.table(.threePublicExpenses)
        let row = table.flatMap { ThreePublicRows.dataRows($0).first }
        func operand(_ phase: ThreePublicPhase, _ item: ThreePublicItem) -> NarrativeOperand? {
            guard let table else { return nil }
            if table.isEmpty { return context.emptyTableOperand(table) }
            guard let row, let c = table.columnIndex(.threePublic(phase, item)) else { return nil }
            return context.operand(table, row: row, column: c)
        }
        // The first statement of each item per phase, for 合计 = 出国 + 公务用车 + 接待 within the text.
        var stated: [ThreePublicPhase: [ThreePublicItem: (NumericMention, NarrativeFactSentence)]] = [:]
        for s in context.sentences(.threePublic) {
            var lastItem: ThreePublicItem?
            var items: [SourceRange: ThreePublicItem] = [:]
            for m in s.levels {
                let subject = NarrativeSubject.normalized(m.subject)
                let phase: ThreePublicPhase = subject.contains("预算") && !subject.contains("决算") ? .budget : .final
                guard let item = ThreePublicSubject.item(subject) ?? (subject.hasPrefix("支出决算") || subject == "决算" ? lastItem : nil) else {
                    lastItem = nil
                    continue
                }
                lastItem = item
                items[m.range] = item
                if stated[phase]?[item] == nil { stated[phase, default: [:]][item] = (m, s) }
                context.requireQuote(m, in: s, equals: operand(phase, item),
                                     what: LocalizedText(zh: ThreePublicSubject.name(item) + (phase == .budget ? "预算数" : "决算数"),
                                                         en: "Three public expenses (\(item.rawValue), \(phase.rawValue))"))
            }
            context.requireCompletions(in: s) { final in
                items[final.range].flatMap { operand(.budget, $0) }
            }
        }
        for phase in ThreePublicPhase.allCases { // in a fixed order: the matches are listed in it
            guard let items = stated[phase], let (total, sentence) = items[.total], let abroad = items[.travelAbroad], let reception = items[.reception] else { continue }
            let vehicles: [(NumericMention, NarrativeFactSentence)]
            if let subtotal = items[.vehicleSubtotal] {
                vehicles = [subtotal]
            } else if let purchase = items[.vehiclePurchase], let operation = items[.vehicleOperation] {
                vehicles = [purchase, operation]
            } else { continue }
            context.requireNarrativeSum(total, in: sentence, parts: ([abroad] + vehicles + [reception]).map { ($0.0, $0.1.sentence) },
                                        what: LocalizedText(zh: "“三公”经费合计（应等于各项之和）", en: "Three public expenses total (the sum of its items)"))
        }
    }
}

/// The 三公 item a narrative subject names.
enum ThreePublicSubject {
    static func item(_ subject: String) -> ThreePublicItem? {
        if subject.contains("因公出国") { return .travelAbroad }
        if subject.contains("公务用车购置及运行") { return .vehicleSubtotal }
        if subject.hasPrefix("公务用车购置") { return .vehiclePurchase }
        if subject.hasPrefix("公务用车运行") { return .vehicleOperation }
        if subject.hasPrefix("公务接待") { return .reception }
        if subject.contains("三公") && !subject.contains("接待") { return .total }
        return nil
    }

    static func name(_ item: ThreePublicItem) -> String {
        switch item {
        case .total: return "“三公”经费"
        case .travelAbroad: return "因公出国（境）费"
        case .vehicleSubtotal: return "公务用车购置及运行维护费"
        case .vehiclePurchase: return "公务用车购置费"
        case .vehicleOperation: return "公务用车运行维护费"
        case .reception: return "公务接待费"
        }
    }
}
