/// Chooses realistic errors to plant in a department of a volume (a "sprinkling" of errors).
enum ErrorSprinkler {
    /// Candidate errors for one department, in a seed-dependent order.
    static func candidates(for f: DepartmentFigures, rng: inout SplitMix64) -> [ErrorPlan] {
        let items = f.lines.filter { $0.level == .item && $0.general.total > 0 }
        let categories = f.generalCategories
        var candidates: [ErrorPlan] = []
        if let item = items.isEmpty ? nil : rng.pick(items) {
            candidates.append(.cellDelta(table: "05", row: item.code, column: "小计", delta: rng.pick([10, 100, 10_000])))
            candidates.append(.staleTotal(table: "03", row: item.code, column: "本年支出合计", delta: rng.pick([-100, 100, 1_000])))
            candidates.append(.swappedDigits(.tableCell(table: "02", row: item.code, column: "本年收入合计")))
        }
        if let category = categories.isEmpty ? nil : rng.pick(categories) {
            candidates.append(.narrativePercent(section: "五(二)", quantity: "类占比 \(category.code)", delta: rng.pick([-100, 10, 100])))
            candidates.append(.narrativeAmount(section: "五(二)", quantity: "类金额 \(category.code)", delta: rng.pick([-1_000, 100])))
        }
        candidates.append(.staleTotal(table: "06", row: "30201", column: "决算数", delta: 50))
        candidates.append(.narrativeAmount(section: "六", quantity: "人员经费", delta: 1_000))
        candidates.append(.countMismatch(section: "第一部分", quantity: "内设机构数", delta: 1))
        candidates.append(.wrongYear(section: "十(三)", quantity: "截至年份", delta: -1))
        candidates.append(.swappedDigits(.narrative(section: "三", quantity: "基本支出占比")))
        var shuffled: [ErrorPlan] = []
        while !candidates.isEmpty { shuffled.append(candidates.remove(at: rng.int(0...(candidates.count - 1)))) }
        return shuffled
    }
}
