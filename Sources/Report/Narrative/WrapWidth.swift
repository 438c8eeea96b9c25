/// Detects hard-wrapped prose (seed 003: every line cut at about the same display
/// width) so that a full-width line without punctuation is read as continuing.
/// Built from the display widths of prose lines (0 for lines that are not prose).
struct WrapWidth {
    /// Lines at least this wide (display columns) are treated as wrapped; nil when the text is not hard-wrapped.
    let fullLineThreshold: Int?

    init(widths: [Int]) {
        let nonBlank = widths.filter { $0 > 0 }
        var histogram = [Int](repeating: 0, count: 513)
        for w in nonBlank { histogram[min(w, 512)] += 1 }
        var bestCenter = 0, bestCount = 0
        var windowCount = 0
        // Sliding window [c-4, c+4].
        for c in 0...512 {
            if c + 4 <= 512 { windowCount += histogram[c + 4] }
            if c - 5 >= 0 { windowCount -= histogram[c - 5] }
            if c >= 24, c < 512, windowCount > bestCount { bestCount = windowCount; bestCenter = c }
        }
        if bestCount >= 6, bestCount * 10 >= nonBlank.count * 3 {
            fullLineThreshold = bestCenter - 8
        } else {
            fullLineThreshold = nil
        }
    }

    func isFull(_ width: Int) -> Bool {
        guard let t = fullLineThreshold else { return false }
        return width >= t
    }
}
