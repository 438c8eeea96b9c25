import Report

/// Writes a value the way the narrative writes its numbers (for quick fixes).
enum NarrativeNumberFormat {
    /// `value` with `decimals`, grouped by thousands when `grouped` (`1,835.83`).
    static func format(_ value: Amount, decimals: Int, grouped: Bool) -> String {
        let text = value.rounded(toDecimals: decimals).formatted(decimals: decimals)
        guard grouped else { return text }
        var integer = Substring(text), fraction = Substring(""), sign = ""
        if integer.hasPrefix("-") { sign = "-"; integer = integer.dropFirst() }
        if let dot = integer.firstIndex(of: ".") { fraction = integer[dot...]; integer = integer[..<dot] }
        var groups: [Substring] = []
        var end = integer.endIndex
        while end > integer.startIndex {
            let start = integer.index(end, offsetBy: -3, limitedBy: integer.startIndex) ?? integer.startIndex
            groups.insert(integer[start..<end], at: 0)
            end = start
        }
        return sign + groups.joined(separator: ",") + fraction
    }
}
