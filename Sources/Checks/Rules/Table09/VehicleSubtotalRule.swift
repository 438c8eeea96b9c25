import Report

extension Rule {
    /// T09-2: 09 公务用车 小计 = 购置费 + 运行维护费, for 预算数 and 决算数.
    static let threePublicVehicleSubtotal = Rule(
        code: "T09-2",
        title: LocalizedText(zh: "“三公”经费支出决算表：公务用车小计等于购置费加运行维护费",
                             en: "Table 09: the vehicle subtotal equals purchase plus operation"),
        formula: "公开09 小计(3) = 公务用车购置费(4) + 公务用车运行维护费(5)；(9) = (10) + (11)",
        tolerance: .sum,
        example: "决算数: 1.40 = 0 + 1.40"
    ) { context in
        guard let t = context.table(.threePublicExpenses) else { return }
        for phase in ThreePublicPhase.allCases {
            ThreePublicRows.requireSum(context, t, phase: phase, total: .vehicleSubtotal,
                                       parts: [.vehiclePurchase, .vehicleOperation],
                                       relation: LocalizedText(zh: "购置费与运行维护费之和", en: "purchase plus operation"))
        }
    }
}
