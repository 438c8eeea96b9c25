import Report

/// Whether a written percentage fits the ratio of two operands, by intervals (spec §2.0): each operand
/// varies by its radius; the written percentage is accepted when the ratio's interval, widened by half a
/// unit of the percentage's last digit, contains it. One more unit of slack is a near miss (a Warning).
/// Exact integer arithmetic (128-bit); an overflow or a denominator that may be zero is undecidable.
enum RatioInterval {
    enum Verdict: Equatable {
        case consistent
        /// Off by at most one unit of the percentage's last digit (a rounding plug): Warning.
        case nearMiss
        case inconsistent
        /// The denominator may be zero, or the numbers are too large: say nothing.
        case undecidable
    }

    /// Scale of every operand (Amount has at most 8 decimals).
    private static let scale = 8
    /// Scale of the percentage (its half unit has at most 9 decimals).
    private static let percentScale = 9

    static func verdict(percent p: Amount, numerator: NarrativeOperand, denominator: NarrativeOperand) -> Verdict {
        guard let n = int(numerator.value, scale), let rn = int(numerator.radius, scale),
              let d = int(denominator.value, scale), let rd = int(denominator.radius, scale),
              let pp = int(p, percentScale), let h = int(p.halfUnit, percentScale) else { return .undecidable }
        let nLo = max(0, n - rn), nHi = n + rn, dLo = d - rd, dHi = d + rd
        guard dLo > 0 else { return .undecidable }
        guard let holds = fits(pp, h, nLo: nLo, nHi: nHi, dLo: dLo, dHi: dHi) else { return .undecidable }
        if holds { return .consistent }
        return (fits(pp, 3 * h, nLo: nLo, nHi: nHi, dLo: dLo, dHi: dHi) ?? false) ? .nearMiss : .inconsistent
    }

    /// (p − h) ≤ 100·nHi/dLo and (p + h) ≥ 100·nLo/dHi, cross-multiplied; nil on overflow.
    private static func fits(_ p: Int128, _ h: Int128, nLo: Int128, nHi: Int128, dLo: Int128, dHi: Int128) -> Bool? {
        let hundred = Int128(100) * pow10(percentScale)
        guard let upperLeft = mul(p - h, dLo), let upperRight = mul(hundred, nHi),
              let lowerLeft = mul(p + h, dHi), let lowerRight = mul(hundred, nLo) else { return nil }
        return upperLeft <= upperRight && lowerLeft >= lowerRight
    }

    /// numerator / denominator × 100, rounded half up to `decimals` (nil when the denominator is zero).
    static func percentage(numerator: Amount, denominator: Amount, decimals: Int) -> Amount? {
        guard let n = int(numerator, scale), let d = int(denominator, scale), d > 0, n >= 0,
              let num = mul(n, Int128(100) * pow10(decimals)) else { return nil }
        let q = (2 * num + d) / (2 * d)
        guard q <= Int128(Int64.max) else { return nil }
        return Amount(units: Int64(q), decimals: decimals)
    }

    private static func int(_ a: Amount, _ s: Int) -> Int128? {
        guard a.decimals <= s else { return nil }
        return mul(Int128(a.units), pow10(s - a.decimals))
    }

    private static func pow10(_ e: Int) -> Int128 {
        var r: Int128 = 1
        for _ in 0..<max(0, e) { r *= 10 }
        return r
    }

    private static func mul(_ a: Int128, _ b: Int128) -> Int128? {
        let (r, o) = a.multipliedReportingOverflow(by: b)
        return o ? nil : r
    }
}
