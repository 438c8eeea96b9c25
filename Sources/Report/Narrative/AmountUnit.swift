// `AmountUnit` (元 / 万元 / 亿元) is declared once, with the table model (Model/TableKind.swift);
// the narrative adds the exact conversion its mentions need.
extension AmountUnit {
    /// `amount` expressed in 万元, exactly (nil when the conversion would overflow).
    public func toWanYuan(_ amount: Amount) -> Amount? {
        let limit: Int64 = 100_000_000_000_000   // 10^14: ×10^4 stays inside Int64
        if powerOfTenToWanYuan > 0, amount.units.magnitude >= UInt64(limit) { return nil }
        return amount.scaled(byPowerOfTen: powerOfTenToWanYuan)
    }
}
