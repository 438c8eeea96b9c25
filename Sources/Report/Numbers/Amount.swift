/// An exact decimal amount that remembers how many decimals were written.
///
/// `value = units / 10^decimals`. `1835.83` is `Amount(units: 183583, decimals: 2)`;
/// `194.9` keeps `decimals == 1`, because the rounding tolerance of a written
/// figure comes from its precision (spec §2.0). Never a `Double`.
///
/// Equality and ordering compare values (`1.40 == 1.4`); `decimals` is kept
/// for tolerances and for printing the figure as written.
public struct Amount: Sendable, Hashable, Comparable, CustomStringConvertible, Codable {
    /// The most fraction digits an amount may carry (元 → 万元 conversions add four).
    public static let maxDecimals = 8

    public let units: Int64
    public let decimals: Int

    public init(units: Int64, decimals: Int) {
        precondition(decimals >= 0 && decimals <= Amount.maxDecimals, "decimals out of range")
        self.units = units
        self.decimals = decimals
    }

    public static let zero = Amount(units: 0, decimals: 0)

    public init(_ integer: Int) {
        self.init(units: Int64(integer), decimals: 0)
    }

    /// Parses a plain decimal: optional sign, ASCII or full-width digits, optional
    /// thousands commas between groups of three, optional fraction. Returns nil for
    /// anything else (including empty text and a lone sign).
    public init?<S: StringProtocol>(parsing text: S) {
        var negative = false
        var units: Int64 = 0
        var decimals = 0
        var sawDigit = false
        var inFraction = false
        var groupDigits = 0      // digits since the last comma (integer part)
        var sawComma = false
        var first = true
        for scalar in text.unicodeScalars {
            var s = scalar.value
            if s >= 0xFF10 && s <= 0xFF19 { s = s - 0xFF10 + 0x30 }   // full-width digits
            if s == 0xFF0E { s = 0x2E }                                // full-width full stop
            if s == 0xFF0C { s = 0x2C }                                // full-width comma
            if first, s == 0x2D || s == 0xFF0D || s == 0x2212 { negative = true; first = false; continue }
            if first, s == 0x2B { first = false; continue }
            first = false
            switch s {
            case 0x30...0x39:
                let (m, o1) = units.multipliedReportingOverflow(by: 10)
                let (a, o2) = m.addingReportingOverflow(Int64(s - 0x30))
                if o1 || o2 { return nil }
                units = a
                sawDigit = true
                if inFraction {
                    decimals += 1
                    if decimals > Amount.maxDecimals { return nil }
                } else {
                    groupDigits += 1
                }
            case 0x2C:
                if inFraction || !sawDigit { return nil }
                if sawComma && groupDigits != 3 { return nil }
                if !sawComma && groupDigits > 3 { return nil }
                sawComma = true
                groupDigits = 0
            case 0x2E:
                if inFraction || !sawDigit { return nil }
                if sawComma && groupDigits != 3 { return nil }
                inFraction = true
            default:
                return nil
            }
        }
        if !sawDigit { return nil }
        if sawComma && !inFraction && groupDigits != 3 { return nil }
        if inFraction && decimals == 0 { return nil }
        self.init(units: negative ? -units : units, decimals: decimals)
    }

    /// Half a unit of the last written digit: the rounding radius `h = ½·10^−d`.
    public var halfUnit: Amount { Amount(units: 5, decimals: min(decimals + 1, Amount.maxDecimals)) }

    public var isZero: Bool { units == 0 }
    public var isNegative: Bool { units < 0 }
    public var magnitude: Amount { Amount(units: units < 0 ? -units : units, decimals: decimals) }

    /// The units of this amount at a larger or equal number of decimals.
    public func units(at scale: Int) -> Int64 {
        precondition(scale >= decimals)
        return units * Amount.powerOfTen(scale - decimals)
    }

    /// The same value with `scale` decimals, rounding half away from zero when `scale < decimals`.
    public func rounded(toDecimals scale: Int) -> Amount {
        if scale >= decimals { return Amount(units: units(at: scale), decimals: scale) }
        let p = Amount.powerOfTen(decimals - scale)
        let q = units / p
        let r = units % p
        var result = q
        if abs(r) * 2 >= p { result += units < 0 ? -1 : 1 }
        return Amount(units: result, decimals: scale)
    }

    /// Multiplies by 10^exponent (positive: ×10000 for 亿元 → 万元; negative: ÷10000 for 元 → 万元).
    public func scaled(byPowerOfTen exponent: Int) -> Amount {
        if exponent >= 0 {
            return Amount(units: units * Amount.powerOfTen(exponent), decimals: decimals)
        }
        let newDecimals = decimals - exponent
        if newDecimals <= Amount.maxDecimals {
            return Amount(units: units, decimals: newDecimals)
        }
        // Too many decimals: drop the excess digits, rounding half away from zero.
        let excess = newDecimals - Amount.maxDecimals
        let shifted = Amount(units: units, decimals: excess).rounded(toDecimals: 0)
        return Amount(units: shifted.units, decimals: Amount.maxDecimals)
    }

    public static func + (lhs: Amount, rhs: Amount) -> Amount {
        let scale = max(lhs.decimals, rhs.decimals)
        return Amount(units: lhs.units(at: scale) + rhs.units(at: scale), decimals: scale)
    }

    public static func - (lhs: Amount, rhs: Amount) -> Amount {
        let scale = max(lhs.decimals, rhs.decimals)
        return Amount(units: lhs.units(at: scale) - rhs.units(at: scale), decimals: scale)
    }

    public static prefix func - (operand: Amount) -> Amount {
        Amount(units: -operand.units, decimals: operand.decimals)
    }

    public static func += (lhs: inout Amount, rhs: Amount) { lhs = lhs + rhs }
    public static func -= (lhs: inout Amount, rhs: Amount) { lhs = lhs - rhs }

    public static func == (lhs: Amount, rhs: Amount) -> Bool {
        let scale = max(lhs.decimals, rhs.decimals)
        return lhs.units(at: scale) == rhs.units(at: scale)
    }

    public static func < (lhs: Amount, rhs: Amount) -> Bool {
        let scale = max(lhs.decimals, rhs.decimals)
        return lhs.units(at: scale) < rhs.units(at: scale)
    }

    public func hash(into hasher: inout Hasher) {
        var u = units, d = decimals
        while d > 0 && u % 10 == 0 { u /= 10; d -= 1 }
        hasher.combine(u)
        hasher.combine(d)
    }

    /// The figure with exactly `decimals` fraction digits, as written: `281.91`, `194.9`, `-0.05`, `88`.
    public var description: String { formatted(decimals: decimals) }

    /// The value printed with `scale` fraction digits (rounded half away from zero when fewer).
    public func formatted(decimals scale: Int) -> String {
        let r = rounded(toDecimals: scale)
        let negative = r.units < 0
        let digits = String(r.units.magnitude)
        guard scale > 0 else { return (negative ? "-" : "") + digits }
        let padded = String(repeating: "0", count: max(0, scale + 1 - digits.count)) + digits
        let cut = padded.index(padded.endIndex, offsetBy: -scale)
        return (negative ? "-" : "") + padded[..<cut] + "." + padded[cut...]
    }

    /// The value with trailing fraction zeros removed: `1.40` → `1.4`, `88.00` → `88`.
    public var normalizedDescription: String {
        var u = units, d = decimals
        while d > 0 && u % 10 == 0 { u /= 10; d -= 1 }
        return Amount(units: u, decimals: d).description
    }

    @inline(__always)
    static func powerOfTen(_ n: Int) -> Int64 {
        var p: Int64 = 1
        for _ in 0..<n { p *= 10 }
        return p
    }
}
