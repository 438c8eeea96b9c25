import Report

/// A value that carries source ranges: findings, evaluated identities, narrative matches. What an
/// edit does to such a value when the text it was computed from did not change: its ranges move.
protocol RangeCarrying {
    /// Calls `body` with every range the value carries.
    func forEachRange(_ body: (SourceRange) -> Void)
    /// The same value with every range replaced by `transform(range)`.
    func mappingRanges(_ transform: (SourceRange) -> SourceRange) -> Self
}

extension Finding: RangeCarrying {
    func forEachRange(_ body: (SourceRange) -> Void) {
        body(range)
        for r in related { body(r.range) }
        for fix in fixes { for replacement in fix.replacements { body(replacement.range) } }
    }

    func mappingRanges(_ transform: (SourceRange) -> SourceRange) -> Finding {
        var copy = self
        copy.range = transform(range)
        copy.related = related.map { RelatedLocation(range: transform($0.range), message: $0.message) }
        copy.fixes = fixes.map { fix in
            Fix(title: fix.title, replacements: fix.replacements.map { TextReplacement(range: transform($0.range), newText: $0.newText) })
        }
        return copy
    }
}

extension Figure {
    func forEachRange(_ body: (SourceRange) -> Void) {
        if let cellRange { body(cellRange) }
        if let anchorRange { body(anchorRange) }
    }

    func mappingRanges(_ transform: (SourceRange) -> SourceRange) -> Figure {
        var copy = self
        copy.cellRange = cellRange.map(transform)
        copy.anchorRange = anchorRange.map(transform)
        return copy
    }
}

extension IdentityEvaluation: RangeCarrying {
    func forEachRange(_ body: (SourceRange) -> Void) {
        subject.forEachRange(body)
        for term in terms { term.figure.forEachRange(body) }
    }

    func mappingRanges(_ transform: (SourceRange) -> SourceRange) -> IdentityEvaluation {
        var copy = self
        copy.subject = subject.mappingRanges(transform)
        copy.terms = terms.map { IdentityTerm($0.figure.mappingRanges(transform), sign: $0.sign) }
        return copy
    }
}

extension NarrativeMatch: RangeCarrying {
    func forEachRange(_ body: (SourceRange) -> Void) {
        body(mentionRange)
        for r in targetRanges { body(r) }
    }

    func mappingRanges(_ transform: (SourceRange) -> SourceRange) -> NarrativeMatch {
        var copy = self
        copy.mentionRange = transform(mentionRange)
        copy.targetRanges = targetRanges.map(transform)
        return copy
    }
}
