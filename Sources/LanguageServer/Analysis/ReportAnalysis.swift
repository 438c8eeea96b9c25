import Catalog
import Report

/// The model of one analysis (`AnalysisResult.model`): the parsed document and its narrative, the catalog it
/// was checked with, and what the checks evaluated. Hover, completion, symbols, folding and
/// definition read it from the snapshot.
public struct ReportAnalysis: Sendable {
    public let document: ReportDocument
    public let narrative: Narrative
    public let catalog: Catalog
    public let identities: [any FigureIdentity]
    public let narrativeMatches: [NarrativeMatch]

    public init(document: ReportDocument, narrative: Narrative = .empty, catalog: Catalog, identities: [any FigureIdentity] = [],
                narrativeMatches: [NarrativeMatch] = []) {
        self.document = document
        self.narrative = narrative
        self.catalog = catalog
        self.identities = identities
        self.narrativeMatches = narrativeMatches
    }

    /// The identities a figure at `range` takes part in.
    public func identities(involving range: SourceRange) -> [any FigureIdentity] {
        identities.filter { identity in
            identity.figures.contains { figure in
                guard let cell = figure.range else { return false }
                return cell == range || (!range.isEmpty && cell.overlaps(range))
            }
        }
    }

    /// The match of the narrative number touching `offset`.
    public func narrativeMatch(at offset: Int) -> NarrativeMatch? {
        narrativeMatches.first { $0.numberRange.touches(offset) }
    }
}

extension AnalysisSnapshot {
    /// The report model of this analysis, nil when the analyzer produced none.
    public var reportAnalysis: ReportAnalysis? { result.model as? ReportAnalysis }
}
