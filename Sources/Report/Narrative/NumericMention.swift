/// A number written in the narrative, with what it measures and where it is.
///
/// Text ranges (`textRange`, `numberTextRange`) are UTF-8 byte offsets into the
/// owning sentence's normalised `text`; source ranges are byte offsets into the document.
public struct NumericMention: Equatable, Sendable {
    /// What the number is.
    public enum Kind: Equatable, Sendable {
        /// `1,835.83万元`, `496400元`, `0.15亿元`: the amount as written, its unit, and the value in 万元.
        case amount(Amount, unit: AmountUnit, wanYuan: Amount?)
        /// `31.79%`, `27.84 %`, `50％`.
        case percentage(Amount)
        /// `4个`, `9辆`, `0台（套）`: the number and its measure word (normalised: `台(套)`).
        case count(Amount, measureWord: String)
        /// `2024年`, `2024 年度`.
        case year(Int)
        /// Any other number (`得分 3.09`, a bare `-2,492.41`).
        case number(Amount)
    }

    public var kind: Kind
    /// The number as written (for a year, the year).
    public var value: Amount
    /// Source range of the number itself (`1,835.83`).
    public var numberRange: SourceRange
    /// Source range of the number with its unit or measure word (`1,835.83万元`, `307.87` ⏎ `万元`).
    public var range: SourceRange
    /// Byte range of the number in the sentence's normalised text.
    public var numberTextRange: Range<Int>
    /// Byte range of the number and its unit in the sentence's normalised text.
    public var textRange: Range<Int>
    /// Index of the clause (in the sentence) that holds the number.
    public var clauseIndex: Int
    /// The clause text between the previous number (or the clause start) and this one:
    /// `收入总计减少` for `收入总计减少1,910.36万元`, `占` for `占 77.77%`.
    public var label: Substring
    /// What the number is about: the label without connectives (`其中`, `比上年度`…), direction
    /// and share words; for a share or a change with nothing left (`占77.77%`, `下降50.99%`),
    /// the subject of the previous amount, percentage or count in the same sentence
    /// (`基本支出`, `收入总计`). Empty when the text names no subject.
    public var subject: Substring
    /// The direction/comparison word nearest before the number in its clause, if any.
    public var direction: ChangeDirection?
    /// True when the label starts with `占` (a share: `占比`, `占本年支出合计的`).
    public var isShare: Bool
    /// True when a `-` before the number is a 绩效 operator placeholder (`-260万元`), not a sign.
    public var hasPlaceholderDash: Bool

    public init(kind: Kind, value: Amount, numberRange: SourceRange, range: SourceRange,
                numberTextRange: Range<Int>, textRange: Range<Int>, clauseIndex: Int, label: Substring,
                subject: Substring, direction: ChangeDirection?, isShare: Bool, hasPlaceholderDash: Bool) {
        self.kind = kind
        self.value = value
        self.numberRange = numberRange
        self.range = range
        self.numberTextRange = numberTextRange
        self.textRange = textRange
        self.clauseIndex = clauseIndex
        self.label = label
        self.subject = subject
        self.direction = direction
        self.isShare = isShare
        self.hasPlaceholderDash = hasPlaceholderDash
    }

    /// The amount in 万元 when this is an amount.
    public var wanYuan: Amount? {
        if case .amount(_, _, let w) = kind { return w }
        return nil
    }

    /// The unit when this is an amount.
    public var unit: AmountUnit? {
        if case .amount(_, let u, _) = kind { return u }
        return nil
    }

    /// The percentage value when this is a percentage.
    public var percentage: Amount? {
        if case .percentage(let p) = kind { return p }
        return nil
    }

    /// The measure word when this is a count.
    public var measureWord: String? {
        if case .count(_, let m) = kind { return m }
        return nil
    }

    /// The year when this is a year.
    public var year: Int? {
        if case .year(let y) = kind { return y }
        return nil
    }

    func shifted(by delta: Int) -> NumericMention {
        var copy = self
        copy.numberRange = numberRange.shifted(by: delta)
        copy.range = range.shifted(by: delta)
        return copy
    }
}
