/// Slices of a sentence's normalised text by UTF-8 byte offsets, sharing the
/// sentence's storage (no allocation per clause, label or list item).
struct TextSlicer {
    let text: String

    /// `range` must lie on character boundaries of the UTF-8 text (as every parser offset does).
    func callAsFunction(_ range: Range<Int>) -> Substring {
        let utf8 = text.utf8
        let count = utf8.count
        let lo = min(max(0, range.lowerBound), count)
        let hi = min(max(lo, range.upperBound), count)
        let a = utf8.index(utf8.startIndex, offsetBy: lo)
        let b = utf8.index(a, offsetBy: hi - lo)
        return Substring(text.unicodeScalars[a..<b])
    }
}
