import Report

extension Rule {
    /// T10-2: 10 车辆数合计 = Σ the eight vehicle categories (exact counts).
    static let vehicleCount = Rule(
        code: "T10-2",
        title: LocalizedText(zh: "相关信息统计表：车辆数合计等于各类车辆之和",
                             en: "Table 10: the vehicle count equals the sum of the categories"),
        formula: "公开10 （一）车辆数合计(7) = Σ 1. 副部（省）级及以上领导用车(8) … 8. 其他用车(15)",
        tolerance: .exact,
        example: "9 = 1 + 8"
    ) { context in
        guard let t = context.table(.relatedInformation), let c = t.columnIndex(.amount) ?? t.columns.first?.index,
              let total = t.rowIndex(.vehicleTotal) else { return }
        let categories = t.rows.indices.filter {
            if case .vehicle = t.rowRoles[$0] { return true }
            return false
        }
        context.requireExact(t.figure(row: total, column: c), equals: categories.map { IdentityTerm(t.figure(row: $0, column: c)) },
                             relation: LocalizedText(zh: "各类车辆之和", en: "the sum of the vehicle categories"))
    }
}
