import Report

/// One side of a narrative comparison, in 万元: a number written in the narrative or a table figure,
/// with the radius its written precision implies (spec §2.0) and where it is.
public struct NarrativeOperand: Sendable, Hashable {
    /// The value in 万元.
    public var value: Amount
    /// Half a unit of the written precision (at least 0.005 of the written unit), in 万元.
    public var radius: Amount
    /// Where it is written (nil for a figure that is not printed).
    public var range: SourceRange?
    /// What it is (`收入总计 1,835.83万元`, `公开05表 合计（小计） 1835.83`).
    public var label: LocalizedText
    /// How many written figures it adds up (1 for a single number): above 1 the sum rule applies.
    public var addends = 1
    /// True when read from a table (the quick fix then says 改为表中数值).
    public var isTableFigure = false

    public init(value: Amount, radius: Amount, range: SourceRange?, label: LocalizedText) {
        self.value = value
        self.radius = radius
        self.range = range
        self.label = label
    }

    /// A narrative amount (converted to 万元).
    init?(mention m: NumericMention, sentence: NarrativeSentence) {
        guard let w = m.wanYuan, let unit = m.unit else { return nil }
        value = w
        radius = NarrativeOperand.radius(written: m.value, unit: unit)
        range = m.range
        let text = NarrativeOperand.writtenText(m, sentence)
        label = LocalizedText(zh: text, en: text)
    }

    /// A table figure (converted from the table's unit to 万元).
    init(figure: Figure, tableUnit: AmountUnit) {
        value = figure.value.scaled(byPowerOfTen: tableUnit.powerOfTenToWanYuan)
        radius = figure.amount == nil ? .zero
            : Rounding.radius(of: figure).scaled(byPowerOfTen: tableUnit.powerOfTenToWanYuan)
        range = figure.cellRange
        let q = figure.qualifiedLabel
        let v = figure.amount?.description ?? "0"
        label = LocalizedText(zh: q.zh + " " + v, en: q.en + " " + v)
        isTableFigure = true
    }

    /// Several table figures added up (a 类 that the table lists only as its 项).
    init(sum figures: [Figure], tableUnit: AmountUnit, label: LocalizedText) {
        var v = Amount.zero, r = Amount.zero
        for f in figures {
            v += f.value
            if f.amount != nil { r += Rounding.radius(of: f) }
        }
        value = v.scaled(byPowerOfTen: tableUnit.powerOfTenToWanYuan)
        radius = r.scaled(byPowerOfTen: tableUnit.powerOfTenToWanYuan)
        range = figures.first { $0.cellRange != nil }?.cellRange
        addends = max(1, figures.filter { $0.amount != nil }.count)
        isTableFigure = true
        self.label = LocalizedText(zh: label.zh + " " + v.description, en: label.en + " " + v.description)
    }

    /// Half a unit of the last written digit, never finer than 0.005 of the written unit, in 万元.
    static func radius(written: Amount, unit: AmountUnit) -> Amount {
        let d = min(max(written.decimals, 2), Amount.maxDecimals - 1)
        return Amount(units: 5, decimals: d + 1).scaled(byPowerOfTen: unit.powerOfTenToWanYuan)
    }

    /// The number and unit as the sentence writes them (`1,835.83万元`).
    static func writtenText(_ m: NumericMention, _ sentence: NarrativeSentence) -> String {
        let utf8 = sentence.text.utf8
        guard m.textRange.lowerBound >= 0, m.textRange.upperBound <= utf8.count else { return m.value.description }
        return String(decoding: utf8.dropFirst(m.textRange.lowerBound).prefix(m.textRange.count), as: UTF8.self)
    }
}
