/// The currency unit written after an amount in the narrative.
public enum AmountUnit: String, Sendable, Hashable, Codable, CaseIterable {
    case yuan = "元"
    case wanYuan = "万元"
    case yiYuan = "亿元"

    /// Power of ten that converts this unit to 万元 (元 → −4, 亿元 → +4).
    public var powerOfTenToWanYuan: Int {
        switch self {
        case .yuan: return -4
        case .wanYuan: return 0
        case .yiYuan: return 4
        }
    }

    /// `amount` expressed in 万元, exactly (nil when the conversion would overflow).
    public func toWanYuan(_ amount: Amount) -> Amount? {
        let limit: Int64 = 100_000_000_000_000   // 10^14: ×10^4 stays inside Int64
        if powerOfTenToWanYuan > 0, amount.units.magnitude >= UInt64(limit) { return nil }
        return amount.scaled(byPowerOfTen: powerOfTenToWanYuan)
    }

    /// The unit as printed (`万元`).
    public var chinese: String { rawValue }
}
