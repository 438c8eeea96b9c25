/// Comparison of subject names as authors write them.
///
/// Two names are the same when they are equal after `normalized(_:)`: every whitespace character is
/// removed (cell wrapping puts spaces inside names: `社会保障和就业支 出`), full-width ASCII forms become
/// half-width (`维修（护）费` = `维修(护)费`, `，` = `,`), and curly quotes become straight ones.
public enum SubjectName {
    /// The comparison key of a name (not for display).
    public static func normalized(_ name: some StringProtocol) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in name.unicodeScalars {
            if isWhitespace(scalar) { continue }
            switch scalar.value {
            case 0xFF01...0xFF5E:
                // Full-width ASCII variants (！ to ～) map to ASCII by a fixed offset.
                if let ascii = Unicode.Scalar(scalar.value - 0xFEE0) { scalars.append(ascii) }
            case 0x201C, 0x201D, 0x300C, 0x300D: scalars.append("\"")
            case 0x2018, 0x2019: scalars.append("'")
            case 0x3010: scalars.append("[")
            case 0x3011: scalars.append("]")
            default: scalars.append(scalar)
            }
        }
        return String(scalars)
    }

    /// Unicode's White_Space property, without the property table lookup (names are read on every keystroke).
    static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: true
        default: false
        }
    }

    /// True when two names differ only in whitespace, character width or quote style.
    public static func matches(_ lhs: some StringProtocol, _ rhs: some StringProtocol) -> Bool {
        normalized(lhs) == normalized(rhs)
    }

    /// `name` without leading/trailing whitespace (including the ideographic space U+3000).
    static func trimmed(_ name: some StringProtocol) -> String {
        let scalars = name.unicodeScalars
        guard let first = scalars.firstIndex(where: { !isWhitespace($0) }),
              let last = scalars.lastIndex(where: { !isWhitespace($0) }) else { return "" }
        return String(String.UnicodeScalarView(scalars[first...last]))
    }

    /// Removes a leading Chinese or Arabic ordinal with its separator: `二十三、其他支出` → `其他支出`,
    /// `（一）教育支出` → `教育支出`, `3. 国防支出` → `国防支出`. Returns the input trimmed when there is none.
    public static func strippingOrdinal(_ label: some StringProtocol) -> String {
        let text = trimmed(label)
        let scalars = Array(text.unicodeScalars)
        var index = 0
        let opensParenthesis = index < scalars.count && (scalars[index] == "（" || scalars[index] == "(")
        if opensParenthesis { index += 1 }
        let numeralStart = index
        while index < scalars.count, isOrdinalDigit(scalars[index]) { index += 1 }
        guard index > numeralStart, index < scalars.count else { return text }
        if opensParenthesis {
            guard scalars[index] == "）" || scalars[index] == ")" else { return text }
            index += 1
        } else {
            guard "、.．,，:：".unicodeScalars.contains(scalars[index]) else { return text }
            index += 1
        }
        var rest = String.UnicodeScalarView()
        rest.append(contentsOf: scalars[index...])
        let stripped = trimmed(String(rest))
        return stripped.isEmpty ? text : stripped
    }

    private static func isOrdinalDigit(_ scalar: Unicode.Scalar) -> Bool {
        "零〇一二三四五六七八九十百".unicodeScalars.contains(scalar) || ("0"..."9").contains(scalar)
    }
}
