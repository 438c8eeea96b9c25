/// A direction or comparison word written near a number (`增加`, `下降`, `与上年相同`, `大于`…).
public enum ChangeDirection: String, Sendable, Equatable, Codable, CaseIterable {
    /// 增加, 增长, 上升, 提高.
    case increase
    /// 减少, 下降, 降低.
    case decrease
    /// 持平, 相同 (`与上年相同`).
    case unchanged
    /// 一致, 等于.
    case equal
    /// 大于, 高于, 超过.
    case greater
    /// 小于, 低于.
    case less

    /// The words and their meaning.
    static let meanings: [String: ChangeDirection] = [
        "增加": .increase, "增长": .increase, "上升": .increase, "提高": .increase,
        "减少": .decrease, "下降": .decrease, "降低": .decrease,
        "基本持平": .unchanged, "持平": .unchanged, "相同": .unchanged,
        "一致": .equal, "等于": .equal,
        "大于": .greater, "高于": .greater, "超过": .greater,
        "小于": .less, "低于": .less,
    ]
    static let words = ByteLiteralSet(Array(meanings.keys))
    /// `meanings` in the order of `words.literals`.
    private static let literalMeanings: [ChangeDirection] = words.literals.map { meanings[String(decoding: $0, as: UTF8.self)] ?? .equal }

    /// The direction word starting at `i`, with its byte length.
    static func word(in bytes: [UInt8], at i: Int, end: Int) -> (ChangeDirection, Int)? {
        guard let k = words.matchIndex(bytes, at: i, end: end) else { return nil }
        return (literalMeanings[k], words.literals[k].count)
    }

    /// Every direction word in `bytes[range]`, in order, with its position.
    static func all(in bytes: [UInt8], range: Range<Int>) -> [(direction: ChangeDirection, range: Range<Int>)] {
        var result: [(direction: ChangeDirection, range: Range<Int>)] = []
        let words = Self.words, meanings = Self.literalMeanings
        var i = range.lowerBound
        while i < range.upperBound {
            if let k = words.matchIndex(bytes, at: i, end: range.upperBound) {
                let (d, n) = (meanings[k], words.literals[k].count)
                result.append((d, i..<(i + n)))
                i += n
            } else {
                i += NarrativeBytes.characterWidth(bytes, at: i, end: range.upperBound)
            }
        }
        return result
    }
}
