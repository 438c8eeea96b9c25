import Checks
import Report

/// What the producers found for one report, kept between analyses: a report whose text an
/// edit did not touch is not checked again, its results only move with the text.
public struct ReportOutput: Sendable {
    /// The report's range in the current text.
    public var range: SourceRange
    /// Findings, in the current text's coordinates.
    public var findings: [Finding]
    /// Identities and narrative matches in the coordinates of the text they were computed on:
    /// add `shift` for the current text (moving them all on every edit would cost the document).
    var identities: [IdentityEvaluation]
    var narrativeMatches: [NarrativeMatch]
    var shift: Int

    init(range: SourceRange, output: ProducerOutput) {
        self.range = range
        findings = output.findings
        identities = output.identities
        narrativeMatches = output.narrativeMatches
        shift = 0
    }

    /// The same results for the report moved by `delta` bytes.
    func moved(by delta: Int) -> ReportOutput {
        guard delta != 0 else { return self }
        var copy = self
        copy.range = range.shifted(by: delta)
        copy.findings = findings.map { $0.shifted(by: delta) }
        copy.shift += delta
        return copy
    }

    /// The identities a figure at `range` (current coordinates) takes part in, in current coordinates.
    func identities(involving range: SourceRange) -> [any FigureIdentity] {
        let query = range.shifted(by: -shift)
        func involves(_ cell: SourceRange?) -> Bool {
            guard let cell else { return false }
            return cell == query || (!query.isEmpty && cell.overlaps(query))
        }
        // The ranges `IdentityEvaluation.figures` lists, read without building that list for every identity.
        let found = identities.filter { identity in
            involves(identity.subject.cellRange ?? identity.subject.anchorRange) || identity.terms.contains { involves($0.figure.cellRange) }
        }
        return shift == 0 ? found : found.map { MovedIdentity(base: $0, delta: shift) }
    }

    /// The narrative match touching `offset` (current coordinates), in current coordinates.
    func narrativeMatch(at offset: Int) -> NarrativeMatch? {
        guard var match = narrativeMatches.first(where: { $0.mentionRange.touches(offset - shift) }) else { return nil }
        match.mentionRange = match.mentionRange.shifted(by: shift)
        match.targetRanges = match.targetRanges.map { $0.shifted(by: shift) }
        return match
    }
}

/// An identity whose figures moved by `delta` bytes since it was evaluated.
struct MovedIdentity: FigureIdentity {
    let base: any FigureIdentity
    let delta: Int

    var ruleCode: String { base.ruleCode }
    var figures: [IdentityFigure] {
        base.figures.map { figure in
            var moved = figure
            moved.range = figure.range?.shifted(by: delta)
            return moved
        }
    }
    var formulaText: String { base.formulaText }
    var holds: Bool { base.holds }
    var discrepancy: LocalizedText? { base.discrepancy }
}
