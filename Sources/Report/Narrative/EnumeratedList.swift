/// A list a sentence enumerates after `分别是`, `分别为`, `包括`, `包含`:
/// `分别是：1、综合股；2、…` (numbered) or `包括：办公室、工业经济办公室、信息化办公室` (plain).
public struct EnumeratedList: Equatable, Sendable {
    /// One listed item.
    public struct Item: Equatable, Sendable {
        /// Normalised item text, without its number and separator (`综合股`).
        public var text: Substring
        /// Byte range in the sentence's normalised text.
        public var textRange: Range<Int>
        /// Smallest source range covering the item.
        public var range: SourceRange?
        /// The item's written number for a numbered list (`17` in `17、…`).
        public var number: Int?

        public init(text: Substring, textRange: Range<Int>, range: SourceRange?, number: Int?) {
            self.text = text
            self.textRange = textRange
            self.range = range
            self.number = number
        }
    }

    /// The introducing word as written (`分别是`, `包括`).
    public var introducer: String
    /// Byte range of the introducer in the sentence's normalised text.
    public var introducerTextRange: Range<Int>
    /// True when the items are numbered `1、2、…`.
    public var isNumbered: Bool
    public var items: [Item]

    public init(introducer: String, introducerTextRange: Range<Int>, isNumbered: Bool, items: [Item]) {
        self.introducer = introducer
        self.introducerTextRange = introducerTextRange
        self.isNumbered = isNumbered
        self.items = items
    }

    func shifted(by delta: Int) -> EnumeratedList {
        var copy = self
        copy.items = items.map { item in var item = item; item.range = item.range?.shifted(by: delta); return item }
        return copy
    }
}
