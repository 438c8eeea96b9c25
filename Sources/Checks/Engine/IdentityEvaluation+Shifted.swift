import Report

extension IdentityEvaluation {
    /// The same evaluation `delta` bytes further on.
    public func shifted(by delta: Int) -> IdentityEvaluation {
        guard delta != 0 else { return self }
        var copy = self
        copy.subject = subject.shifted(by: delta)
        copy.terms = terms.map { IdentityTerm($0.figure.shifted(by: delta), sign: $0.sign) }
        return copy
    }
}

extension Figure {
    /// The same figure `delta` bytes further on.
    public func shifted(by delta: Int) -> Figure {
        var copy = self
        copy.cellRange = cellRange?.shifted(by: delta)
        copy.anchorRange = anchorRange?.shifted(by: delta)
        return copy
    }
}
