import Catalog
import Checks
import Report

/// The model of one analysis (`AnalysisResult.model`): the parsed document (each report with its
/// narrative), the catalog it was checked with, and what the checks evaluated per report. Hover,
/// completion, symbols, folding and definition read it from the snapshot.
public struct ReportAnalysis: Sendable {
    public let document: ReportDocument
    public let catalog: Catalog
    /// One per report checked, in document order.
    public let reportOutputs: [ReportOutput]

    public init(document: ReportDocument, catalog: Catalog, reportOutputs: [ReportOutput] = []) {
        self.document = document
        self.catalog = catalog
        self.reportOutputs = reportOutputs
    }

    /// The identities a figure at `range` takes part in (checks evaluate within one report).
    public func identities(involving range: SourceRange) -> [any FigureIdentity] {
        reportOutputs.first { $0.range.touches(range.start) }?.identities(involving: range) ?? []
    }

    /// The match of the narrative number touching `offset`.
    public func narrativeMatch(at offset: Int) -> NarrativeMatch? {
        reportOutputs.first { $0.range.touches(offset) }?.narrativeMatch(at: offset)
    }
}

extension AnalysisSnapshot {
    /// The report model of this analysis, nil when the analyzer produced none.
    public var reportAnalysis: ReportAnalysis? { result.model as? ReportAnalysis }
}
