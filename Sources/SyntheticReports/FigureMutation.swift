/// Mutations of single figures, for mutation tests: "change any one amount by a non-rounding
/// delta (±0.10, ±1.00, ±100.00, two digits swapped); an Error must point at that cell".
extension GeneratedFigure {
    /// Texts this figure can be mutated into, written the way the original is written
    /// (table cells plain, narrative amounts with thousands separators). Deltas that would make
    /// the value negative are skipped; counts and years move by ±1.
    public func mutatedTexts() -> [String] {
        var result: [String] = []
        switch unit {
        case .count, .year:
            result = [String(units + 1)] + (units > 0 ? [String(units - 1)] : [])
        case .amount, .percent:
            let hundredths = decimals == 0 ? units * 100 : (decimals == 1 ? units * 10 : units)
            for delta: Int64 in [10, -10, 100, -100, 10_000, -10_000] where hundredths + delta >= 0 {
                let value = hundredths + delta
                result.append(unit == .percent || isTableCell ? FigureFormatting.plain(value) : FigureFormatting.prose(value))
            }
        }
        if let swapped = ErrorPlanter.swapDigits(text), swapped != text, !swapped.hasPrefix("0") {
            result.append(swapped)
        }
        return result.filter { $0 != text }
    }
}

extension GeneratedReport {
    /// A copy with figure `index` rewritten as `text`; every later range is shifted, the figure's
    /// own range, text and value are updated. No planted error is recorded.
    public func replacingFigure(at index: Int, with text: String) -> GeneratedReport {
        var planter = ErrorPlanter(self)
        planter.splice(index, text)
        return planter.report
    }
}
