extension Array {
    /// Appends `other`; into an empty array, takes `other`'s storage instead of copying its
    /// elements (merging per-family results must not copy every identity evaluation on each keystroke).
    public mutating func append(sharing other: [Element]) {
        if isEmpty { self = other } else { append(contentsOf: other) }
    }
}
