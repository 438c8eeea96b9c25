/// The narrative parts of a report (第一部分 概况, 第三部分 情况说明, 第四部分 名词解释, 第五部分 附件)
/// as layout-neutral blocks; each layout decides how headings and paragraphs are laid out.
enum NarrativeBlock: Sendable {
    /// A heading; `level` 1 = 第N部分, 2 = 一、, 3 = （一）, 4 = 1、.
    case heading(String, level: Int)
    /// A paragraph. A `.text("\n")` segment is a line break inside the paragraph (no blank line).
    case paragraph([Segment])
    /// A list item (`- 1、…` in the Markdown-ish exports of seed 000's first items).
    case listItem([Segment])
    /// A verbatim line (appendix tables).
    case verbatim(String)
}

/// Helpers that build narrative segments with recorded figures.
struct NarrativeSegments {
    let yuan: Bool
    /// PDF-style prose (seed 003): no thousands separator, whole amounts without decimals (`88 万元`).
    var pdfStyle = false
    var unit: String { yuan ? "元" : "万元" }

    func amount(_ value: Int64, _ section: String, _ quantity: String) -> Segment {
        let kind = GeneratedFigure.Kind.narrative(section: section, quantity: quantity)
        if value == 0 || (pdfStyle && value % 100 == 0) {
            return .figure(FigureSpec(text: String(value / 100), units: value / 100, decimals: 0, kind: kind, unit: .amount))
        }
        let text = pdfStyle ? FigureFormatting.plain(value) : FigureFormatting.prose(value)
        return .figure(FigureSpec(text: text, units: value, decimals: 2, kind: kind, unit: .amount))
    }

    /// A ratio numerator/denominator written as a percentage with two decimals (half up).
    func percent(_ numerator: Int64, _ denominator: Int64, _ section: String, _ quantity: String) -> Segment {
        let hundredths = FigureFormatting.ratioHundredths(numerator, denominator)
        return .figure(FigureSpec(text: FigureFormatting.percent(hundredths), units: hundredths, decimals: 2,
                                  kind: .narrative(section: section, quantity: quantity), unit: .percent))
    }

    func count(_ value: Int, _ section: String, _ quantity: String) -> Segment {
        .figure(FigureSpec(text: String(value), units: Int64(value), decimals: 0,
                           kind: .narrative(section: section, quantity: quantity), unit: .count))
    }

    func year(_ value: Int, _ section: String, _ quantity: String) -> Segment {
        .figure(FigureSpec(text: String(value), units: Int64(value), decimals: 0,
                           kind: .narrative(section: section, quantity: quantity), unit: .year))
    }

    /// `增加Δ万元，增长P%` / `减少Δ万元，下降P%`; no percentage when the prior year is 0.
    /// `joiner` separates the amount from the rate (`，`).
    func change(current: Int64, prior: Int64, _ section: String, _ quantity: String) -> [Segment] {
        let delta = current - prior
        let up = delta >= 0
        var result: [Segment] = [.text(up ? "增加" : "减少"), amount(delta.magnitude == 0 ? 0 : Int64(delta.magnitude), section, quantity + "增减额"),
                                 .text(unit)]
        if prior > 0 {
            result += [.text(up ? "，增长" : "，下降"), percent(Int64(delta.magnitude), prior, section, quantity + "增减率"), .text("%")]
        }
        return result
    }
}
