import Report

/// The rounding policy of spec §2.0 (XBRL Calculations 1.1 style).
///
/// A written amount v with d decimals stands for the interval [v − h, v + h], h = ½·10^−d.
/// Table figures are round(元 / 10000, 2): a figure written with fewer decimals than the
/// table's precision (`194.9`, the explicit `0` of a 三公 row) has only dropped trailing zeros,
/// so d is taken as at least the figure's `precisionFloor` (2 for money). Without that floor a
/// written `0` would stand for ±0.5 and hide real errors.
public enum Rounding {
    /// The radius h of a written figure; zero for a blank one.
    public static func radius(of figure: Figure) -> Amount {
        guard let a = figure.amount else { return .zero }
        return radius(of: a, precisionFloor: figure.precisionFloor)
    }

    public static func radius(of amount: Amount, precisionFloor: Int) -> Amount {
        let d = min(max(amount.decimals, precisionFloor), Amount.maxDecimals - 1)
        return Amount(units: 5, decimals: d + 1)
    }

    /// The tolerance of a sum identity: Σ h over the total and every written addend.
    public static func sumTolerance(subject: Figure, terms: [Figure]) -> Amount {
        var t = radius(of: subject)
        for term in terms { t += radius(of: term) }
        return t
    }

    /// One unit of the last written place of the coarser of two figures (0.01 for money):
    /// two copies of one figure that differ by at most this much are a Warning, beyond it an Error.
    public static func unit(of a: Figure, _ b: Figure) -> Amount {
        let ra = radius(of: a), rb = radius(of: b)
        let r = max(ra, rb, Amount(units: 5, decimals: 3))
        return r + r
    }

    /// The slack of an inequality: 0.01.
    public static let inequalitySlack = Amount(units: 1, decimals: 2)
}
