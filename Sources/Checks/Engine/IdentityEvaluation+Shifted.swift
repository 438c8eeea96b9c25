import Report

extension IdentityEvaluation {
    /// The same evaluation `delta` bytes further on.
    public func shifted(by delta: Int) -> IdentityEvaluation {
        delta == 0 ? self : mappingRanges { $0.shifted(by: delta) }
    }
}

extension IdentityEvaluation {
    /// True when the figure at `range` takes part in this identity: the subject's cell (or its anchor,
    /// when it has no cell) or a term's cell is that range or overlaps it (ranges `figures` lists,
    /// read without building that list).
    public func involves(_ range: SourceRange) -> Bool {
        func matches(_ cell: SourceRange?) -> Bool {
            guard let cell else { return false }
            return cell == range || (!range.isEmpty && cell.overlaps(range))
        }
        return matches(subject.cellRange ?? subject.anchorRange) || terms.contains { matches($0.figure.cellRange) }
    }
}

extension Figure {
    /// The same figure `delta` bytes further on.
    public func shifted(by delta: Int) -> Figure {
        mappingRanges { $0.shifted(by: delta) }
    }
}
