import Report

/// What one rule produced over one report, and what it read to produce it: the unit the
/// incremental check keeps or recomputes. Ranges are stored as computed; `shift` moves them all
/// (an edit before every range of a rule moves it without copying its identities).
struct RuleOutcome: Sendable {
    /// Which family the rule belongs to (the job list of `ReportChecks` fixes the order).
    let family: ReportChecks.Families
    /// The rule's code (the names family counts as one rule, code `O-09`).
    let code: String
    private(set) var findings: [Finding]
    private(set) var evaluations: [IdentityEvaluation]
    private(set) var matches: [NarrativeMatch]
    /// The tables (first of each kind) the rule looked up.
    let reads: TableKindSet
    /// The rule read the narrative (narrative rules do).
    let readsNarrative: Bool
    /// The rule read the code and name of every row of every table (the name rules do).
    let readsCodesAndNames: Bool
    /// Bytes to add to every stored range for the current text.
    private(set) var shift = 0
    /// From the lowest start to the highest end of the stored ranges; nil when there are none.
    private let extent: SourceRange?

    init(family: ReportChecks.Families, code: String, findings: [Finding] = [], evaluations: [IdentityEvaluation] = [],
         matches: [NarrativeMatch] = [], reads: TableKindSet, readsNarrative: Bool = false, readsCodesAndNames: Bool = false) {
        self.family = family
        self.code = code
        self.findings = findings
        self.evaluations = evaluations
        self.matches = matches
        self.reads = reads
        self.readsNarrative = readsNarrative
        self.readsCodesAndNames = readsCodesAndNames
        var low = Int.max, high = Int.min
        func widen(_ r: SourceRange) {
            low = min(low, r.start)
            high = max(high, r.end)
        }
        for f in findings { f.forEachRange(widen) }
        for e in evaluations { e.forEachRange(widen) }
        for m in matches { m.forEachRange(widen) }
        extent = low <= high ? SourceRange(start: low, end: high) : nil
    }

    /// The findings in the current text's coordinates.
    var currentFindings: [Finding] { shift == 0 ? findings : findings.map { $0.shifted(by: shift) } }

    /// The evaluated identities, each moved to the current text (for listings; hovers use `evaluations(involving:)`).
    var currentEvaluations: [IdentityEvaluation] { shift == 0 ? evaluations : evaluations.map { $0.shifted(by: shift) } }

    /// The narrative matches in the current text's coordinates.
    var currentMatches: [NarrativeMatch] {
        shift == 0 ? matches : matches.map { $0.shifted(by: shift) }
    }

    /// The identities a figure at `range` (current coordinates) takes part in, moved to the current text.
    func evaluations(involving range: SourceRange) -> [IdentityEvaluation] {
        let query = range.shifted(by: -shift)
        return evaluations.filter { $0.involves(query) }.map { $0.shifted(by: shift) }
    }

    /// The narrative match on the number touching `offset` (current coordinates), moved to the current text.
    func match(at offset: Int) -> NarrativeMatch? {
        matches.first { $0.mentionRange.touches(offset - shift) }?.shifted(by: shift)
    }

    /// The same outcome after the text before all of it grew by `delta` bytes.
    func moved(by delta: Int) -> RuleOutcome {
        var copy = self
        copy.shift += delta
        return copy
    }

    /// The same outcome after `edit` (in the coordinates of the current text), when no range of it
    /// touches the edited bytes; nil when one does (the rule must run again).
    func moved(through edit: ByteEdit) -> RuleOutcome? {
        guard let extent = extent?.shifted(by: shift) else { return self }
        if let moved = edit.moved(extent) { return self.moved(by: moved.start - extent.start) }
        // Ranges on both sides of the edit: move each, unless one touches it.
        var touches = false
        let shift = self.shift
        func map(_ r: SourceRange) -> SourceRange {
            guard let moved = edit.moved(r.shifted(by: shift)) else {
                touches = true
                return r
            }
            return moved
        }
        let findings = self.findings.map { $0.mappingRanges(map) }
        let evaluations = self.evaluations.map { $0.mappingRanges(map) }
        let matches = self.matches.map { $0.mappingRanges(map) }
        guard !touches else { return nil }
        return RuleOutcome(family: family, code: code, findings: findings, evaluations: evaluations, matches: matches,
                           reads: reads, readsNarrative: readsNarrative, readsCodesAndNames: readsCodesAndNames)
    }
}
