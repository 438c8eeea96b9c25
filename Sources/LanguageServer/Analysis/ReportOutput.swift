import Checks
import Report

/// What the producers found for one report, kept between analyses: a report whose text an
/// edit did not touch is not checked again, its results only move with the text; the report an
/// edit touched is checked again from its previous results (each producer is handed its own).
public struct ReportOutput: Sendable {
    /// The report's range in the current text.
    public var range: SourceRange
    /// Findings of every producer, in the current text's coordinates.
    public var findings: [Finding]
    /// What each producer produced, in producer order, in the coordinates of the text it was computed
    /// on: add `shift` for the current text (moving identities on every edit would cost the document).
    private var produced: [ProducerOutput]
    private var shift: Int

    init(range: SourceRange, produced: [ProducerOutput], disabledRules: Set<String>) {
        self.range = range
        self.produced = produced
        var findings: [Finding] = []
        for output in produced {
            findings.append(sharing: disabledRules.isEmpty ? output.findings : output.findings.filter { !disabledRules.contains($0.code) })
        }
        self.findings = findings
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

    /// What producer `index` produced, in the current text's coordinates (what it is handed back).
    func output(ofProducer index: Int) -> ProducerOutput? {
        produced.indices.contains(index) ? produced[index].moved(by: shift) : nil
    }

    /// Every identity evaluated for the report, in rule order, in current coordinates (tests, listings).
    var identities: [IdentityEvaluation] {
        produced.flatMap { $0.identities + ($0.record?.evaluations ?? []) }.map { $0.shifted(by: shift) }
    }

    /// Every narrative comparison made for the report, in current coordinates (tests, listings).
    var narrativeMatches: [NarrativeMatch] {
        produced.flatMap { $0.narrativeMatches + ($0.record?.narrativeMatches ?? []) }.map { $0.shifted(by: shift) }
    }

    /// The identities a figure at `range` (current coordinates) takes part in, in current coordinates.
    func identities(involving range: SourceRange) -> [any FigureIdentity] {
        let query = range.shifted(by: -shift)
        var found: [IdentityEvaluation] = []
        for output in produced {
            found += output.identities.filter { $0.involves(query) }
            found += output.record?.evaluations(involving: query) ?? []
        }
        return found.map { $0.shifted(by: shift) }
    }

    /// The narrative match touching `offset` (current coordinates), in current coordinates.
    func narrativeMatch(at offset: Int) -> NarrativeMatch? {
        for output in produced {
            if let match = output.narrativeMatches.first(where: { $0.mentionRange.touches(offset - shift) }) ?? output.record?.narrativeMatch(at: offset - shift) {
                return match.shifted(by: shift)
            }
        }
        return nil
    }
}
