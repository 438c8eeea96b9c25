/// Formatting of exact minor-unit amounts (hundredths of the display unit) and percentages,
/// the way the reports write them. Integer maths only; never a Double.
public enum FigureFormatting {
    /// `183583` → `1835.83` (tables: no thousands separator, always two decimals).
    public static func plain(_ minor: Int64) -> String {
        let sign = minor < 0 ? "-" : ""
        let magnitude = minor.magnitude
        let whole = magnitude / 100
        let fraction = magnitude % 100
        return sign + String(whole) + "." + (fraction < 10 ? "0" : "") + String(fraction)
    }

    /// `183583` → `1,835.83` (prose). Zero is written `0`, as the reports do (`支出0万元`).
    public static func prose(_ minor: Int64, zeroAsInteger: Bool = true) -> String {
        if minor == 0 && zeroAsInteger { return "0" }
        let text = plain(minor)
        let negative = text.hasPrefix("-")
        let body = negative ? String(text.dropFirst()) : text
        let parts = body.split(separator: ".")
        var integer = String(parts[0])
        var grouped = ""
        while integer.count > 3 {
            grouped = "," + integer.suffix(3) + grouped
            integer = String(integer.dropLast(3))
        }
        return (negative ? "-" : "") + integer + grouped + "." + parts[1]
    }

    /// A ratio as hundredths of a percent, rounded half up: `ratioHundredths(58370, 183583)` = 3179 (31.79%).
    /// A zero denominator gives 0 (the reports write `0%` for 0/0).
    public static func ratioHundredths(_ numerator: Int64, _ denominator: Int64) -> Int64 {
        guard denominator != 0 else { return 0 }
        let n = numerator.magnitude
        let d = denominator.magnitude
        return Int64((n * 20_000 + d) / (2 * d))
    }

    /// Hundredths of a percent written with two decimals: 3179 → `31.79`.
    public static func percent(_ hundredths: Int64) -> String {
        plain(hundredths)
    }
}
