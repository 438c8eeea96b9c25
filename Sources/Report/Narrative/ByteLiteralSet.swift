/// A small set of UTF-8 literals with a cheap pre-filter on the first two bytes,
/// so that scanning every character of a text for a few words stays fast.
struct ByteLiteralSet {
    /// The literals, longest first (so the longest match wins).
    let literals: [[UInt8]]
    private let filter: [Bool]

    init(_ words: [String]) {
        literals = words.map { Array($0.utf8) }.sorted { $0.count > $1.count }
        var filter = [Bool](repeating: false, count: 1 << 14)
        for literal in literals where !literal.isEmpty {
            filter[Self.key(literal[0], literal.count > 1 ? literal[1] : 0)] = true
        }
        self.filter = filter
    }

    @inline(__always)
    private static func key(_ b0: UInt8, _ b1: UInt8) -> Int { (Int(b0) << 6) | Int(b1 & 0x3F) }

    /// The longest literal starting at `i` (before `end`).
    @inline(__always)
    func match(_ bytes: [UInt8], at i: Int, end: Int) -> [UInt8]? {
        matchIndex(bytes, at: i, end: end).map { literals[$0] }
    }

    /// Index in `literals` of the longest literal starting at `i` (before `end`).
    @inline(__always)
    func matchIndex(_ bytes: [UInt8], at i: Int, end: Int) -> Int? {
        guard i < end else { return nil }
        let b1: UInt8 = i + 1 < end ? bytes[i + 1] : 0
        guard filter[Self.key(bytes[i], b1)] else { return nil }
        var k = 0
        while k < literals.count {
            if NarrativeBytes.hasPrefix(bytes, at: i, literals[k], end: end) { return k }
            k += 1
        }
        return nil
    }
}
