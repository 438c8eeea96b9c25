import Report

extension NarrativeRule {
    /// N-17: 十(三) `共有车辆N辆` = 公开10 车辆数合计; each category = its row; `单价100万元（含）以上设备N台（套）` = its row.
    /// Without table 10 the categories must add up to the stated total.
    static let narrativeAssets = NarrativeRule(
        code: "N-17",
        title: LocalizedText(zh: "国有资产占用情况：车辆数及单价100万元以上设备数与公开10表一致",
                             en: "Assets: vehicle and large-equipment counts match table 10"),
        formula: "十(三) `共有车辆N辆` = 公开10 车辆数合计；`{类别}N辆` = 公开10 同名行；`单价100万元（含）以上设备N台（套）` = 公开10 行次17；无公开10：Σ 类别 = N",
        tolerance: .exact,
        example: "截至2024年12月31日，本部门（单位）共有车辆9辆。其中：机要通信用车1辆、应急保障用车8辆"
    ) { context in
        let fleet = VehicleTable(context)
        // The total and the categories may sit in two sentences (`共有车辆8辆。其中：机要通信用车2辆、…`).
        var pending: (total: NumericMention, parts: [NumericMention], section: Int?)?
        func flush() {
            guard let (totalMention, parts, _) = pending else { return }
            pending = nil
            if let fleet {
                context.requireCount(totalMention, expected: fleet.total...fleet.total,
                                     counterpart: LocalizedText(zh: "公开10表车辆数合计", en: "table 10's vehicle total"),
                                     related: fleet.totalRange.map { [$0] } ?? [])
                for m in parts {
                    let name = NarrativeSubject.normalized(m.subject)
                    let matching = fleet.categories.filter { !name.isEmpty && ($0.name.contains(name) || name.contains(VehicleTable.stem($0.name))) }
                    guard matching.count == 1 else { continue }
                    context.requireCount(m, expected: matching[0].count...matching[0].count,
                                         counterpart: LocalizedText(zh: "公开10表 \(matching[0].name)", en: "table 10 \(matching[0].name)"),
                                         related: matching[0].range.map { [$0] } ?? [])
                }
            } else if !parts.isEmpty {
                let sum = parts.reduce(0) { $0 + Int($1.value.units) }
                context.requireCount(totalMention, expected: sum...sum,
                                     counterpart: LocalizedText(zh: "文中各类车辆之和", en: "the sum of the vehicle categories listed"),
                                     related: parts.map(\.range))
            }
        }
        for s in context.sentences(.assets) {
            if let p = pending, p.section != s.sectionStart { flush() }
            for m in s.mentions where m.measureWord == "辆" {
                if m.subject.contains("共有车辆") || m.subject.contains("车辆总数") {
                    flush()
                    pending = (m, [], s.sectionStart)
                } else {
                    pending?.parts.append(m)
                }
            }
            if let t = context.table(.relatedInformation), !t.isEmpty, let row = t.rowIndex(.highValueEquipment),
               let c = t.columnIndex(.amount) ?? t.columns.first?.index,
               let m = s.mentions.first(where: { $0.measureWord == "台(套)" || $0.measureWord == "台" }) {
                let f = t.figure(row: row, column: c)
                if !f.isUndetermined {
                    let n = Int(f.value.rounded(toDecimals: 0).units)
                    context.requireCount(m, expected: n...n, counterpart: LocalizedText(zh: "公开10表单价100万元以上设备数", en: "table 10's large equipment"),
                                         related: f.cellRange.map { [$0] } ?? [])
                }
            }
        }
        flush()
    }
}

extension VehicleTable {
    /// `3. 机要通信用车` → `机要通信用车`; `应急保障用车` → `应急保障`.
    static func stem(_ name: String) -> String {
        var t = name
        while let first = t.first, first.isNumber || first == "." || first == "、" || first == " " { t.removeFirst() }
        if t.hasSuffix("用车") { t.removeLast(2) }
        return t.isEmpty ? name : t
    }
}
