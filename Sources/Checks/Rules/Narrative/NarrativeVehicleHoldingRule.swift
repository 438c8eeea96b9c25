import Report

extension NarrativeRule {
    /// N-14: `使用财政拨款负担的公务用车保有量共N辆` ≤ 公开10 车辆数合计, and ≥ it less the 其他用车 (cars awaiting disposal).
    static let narrativeVehicleHolding = NarrativeRule(
        code: "N-14",
        title: LocalizedText(zh: "公务用车保有量与公开10表车辆数一致",
                             en: "The number of official vehicles matches table 10"),
        formula: "九(二) `公务用车保有量共N辆`：公开10 车辆数合计 − 其他用车 ≤ N ≤ 公开10 车辆数合计（无公开10：N ≤ 文中 `共有车辆`）",
        tolerance: .exact,
        example: "使用财政拨款负担的公务用车保有量共9辆 (公开10 车辆数合计 9)"
    ) { context in
        let fleet = VehicleTable(context)
        // Without table 10: at most the vehicles the text says the department has (`共有车辆N辆`).
        let stated = fleet == nil
            ? context.sentences(.assets).lazy.flatMap(\.mentions).first { $0.measureWord == "辆" && $0.subject.contains("共有车辆") }
            : nil
        for s in context.facts.sentences where s.part == 3 || s.part == nil {
            for m in s.mentions where m.measureWord == "辆" && m.subject.contains("保有量") {
                if let fleet {
                    context.requireCount(m, expected: max(0, fleet.total - fleet.other)...fleet.total,
                                         counterpart: LocalizedText(zh: "公开10表车辆数合计", en: "table 10's vehicle total"),
                                         related: fleet.totalRange.map { [$0] } ?? [])
                } else if let stated, stated.value.decimals == 0 {
                    context.requireCount(m, expected: 0...Int(stated.value.units),
                                         counterpart: LocalizedText(zh: "文中所称共有车辆数", en: "the vehicles the text says the department has"),
                                         related: [stated.range])
                }
            }
        }
    }
}

/// Table 10's vehicle rows read as integers.
struct VehicleTable {
    let total: Int
    let totalRange: SourceRange?
    /// 其他用车 (often cars awaiting disposal).
    let other: Int
    /// Each category row: its printed name, count and cell.
    let categories: [(name: String, count: Int, range: SourceRange?)]

    init?(_ context: NarrativeRuleContext) {
        guard let t = context.table(.relatedInformation), !t.isEmpty, let c = t.columnIndex(.amount) ?? t.columns.first?.index,
              let row = t.rowIndex(.vehicleTotal) else { return nil }
        let f = t.figure(row: row, column: c)
        guard !f.isUndetermined, f.value.decimals == 0 || f.value == f.value.rounded(toDecimals: 0) else { return nil }
        total = Int(f.value.rounded(toDecimals: 0).units)
        totalRange = f.cellRange
        var categories: [(String, Int, SourceRange?)] = []
        var other = 0
        for (i, r) in t.rows.enumerated() {
            guard case .vehicle = r.labelRole else { continue }
            let g = t.figure(row: i, column: c)
            let n = Int(g.value.rounded(toDecimals: 0).units)
            let name = r.name?.normalized ?? ""
            categories.append((name, n, g.cellRange))
            if name.contains("其他用车") { other = n }
        }
        self.other = other
        self.categories = categories
    }
}
