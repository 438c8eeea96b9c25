/// What the text of a raw cell reads as.
enum CellToken: Equatable {
    case empty
    /// 3, 5 or 7 ASCII digits (a subject code when the position allows it).
    case digits(String)
    /// A figure (decimal point, thousands commas, full-width digits accepted).
    case amount(Amount)
    /// A run of dashes: not applicable.
    case dash
    case text

    static func of(_ cell: RawCell) -> CellToken { cell.token }

    static func read(_ key: String) -> CellToken {
        if key.isEmpty { return .empty }
        guard let first = key.utf8.first else { return .empty }
        let numericStart = (first >= 0x30 && first <= 0x39) || first == 0x2D || first == 0x2B || first == 0xEF || first == 0xE2
        if !numericStart { return .text }
        if isDashRun(key) { return .dash }
        if key.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) {
            if key.utf8.count == 3 || key.utf8.count == 5 || key.utf8.count == 7 { return .digits(key) }
        }
        if let a = Amount(parsing: key) { return .amount(a) }
        return .text
    }

    static func isDashRun(_ key: String) -> Bool {
        if key.isEmpty { return false }
        for u in key.unicodeScalars {
            switch u.value {
            case 0x2014, 0x2013, 0x2015, 0x2500, 0x2501, 0xFF0D, 0x2D, 0x2012: continue
            default: return false
            }
        }
        return true
    }

    /// The amount a token carries (digits read as an integer amount).
    var amount: Amount? {
        switch self {
        case .amount(let a): return a
        case .digits(let d): return Amount(parsing: d)
        default: return nil
        }
    }

    /// A small integer (行次, 栏次): digits, or an amount with no decimals.
    var integer: Int? {
        switch self {
        case .digits(let d): return Int(d)
        case .amount(let a) where a.decimals == 0 && a.units >= 0 && a.units < 10_000: return Int(a.units)
        default: return nil
        }
    }

    var isNumeric: Bool { amount != nil }
}
