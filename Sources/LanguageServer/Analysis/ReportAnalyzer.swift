import Catalog
import Checks
import Report

/// The analyzer of 决算 reports: one incremental parser per open document, then every
/// finding producer over each report the edits touched (the results of the other reports are
/// kept and moved with the text). Text that is not a report gets no findings (its model is
/// still returned, so hovers on codes keep working).
public struct ReportAnalyzer: DocumentAnalyzer {
    public let producers: [FindingProducer]
    public let catalogs: CatalogLoader

    /// - Parameters:
    ///   - producers: the checks to run (table identities, names, narrative…).
    ///   - catalogs: where the catalog comes from (shared by every document).
    public init(producers: [FindingProducer], catalogs: CatalogLoader = CatalogLoader()) {
        self.producers = producers
        self.catalogs = catalogs
    }

    public func makeSession(uri: String) -> any AnalysisSession {
        Session(producers: producers, catalogs: catalogs)
    }

    struct Session: AnalysisSession {
        let producers: [FindingProducer]
        let catalogs: CatalogLoader
        var parser: IncrementalReportParser?
        /// The results of the last analysis, per report, and the options and catalog they were computed with.
        var outputs: [ReportOutput] = []
        var outputOptions: AnalysisOptions?
        var outputCatalog: Int?

        mutating func update(bytes: [UInt8], edits: [ByteEdit]?, options: AnalysisOptions) -> AnalysisResult {
            let document = parse(bytes: bytes, edits: edits)
            let loaded = catalogs.catalog(files: options.catalogFiles)
            guard document.isReport else {
                outputs = []
                return AnalysisResult(findings: [], model: ReportAnalysis(document: document, catalog: loaded.catalog))
            }
            let unchangedSettings = outputOptions == options && outputCatalog == loaded.generation
            let edit = edits.flatMap(ByteEdit.enveloping)
            let reusable = unchangedSettings && edits != nil ? reusableOutputs(after: edit) : [:]
            // Reports the edits did not touch keep their results; the others are checked, on every
            // core when there are several (opening a volume).
            let kept = document.reports.map { reusable[$0.range] }
            let producers = producers, catalog = loaded.catalog
            let stale = kept.indices.filter { kept[$0] == nil }
            // The one report an edit touched (the others where they were) is checked from its previous results.
            let previous = unchangedSettings && edit != nil && stale.count == 1 && outputs.count == kept.count ? outputs[stale[0]] : nil
            let fresh = stale.concurrentMap { index -> ReportOutput in
                let produced = producers.indices.map { p in
                    producers[p].produce(ProducerInput(document: document, reportIndex: index, bytes: bytes, options: options,
                                                       catalog: catalog, isAlone: stale.count == 1,
                                                       previous: previous?.output(ofProducer: p), edit: previous == nil ? nil : edit))
                }
                return ReportOutput(range: document.reports[index].range, produced: produced, disabledRules: options.disabledRules)
            }
            var next = fresh.makeIterator()
            let outputs = kept.compactMap { $0 ?? next.next() }
            self.outputs = outputs
            outputOptions = options
            outputCatalog = loaded.generation
            let findings = CatalogLoader.findings(for: loaded.problems, bytes: bytes) + outputs.flatMap(\.findings)
            let model = ReportAnalysis(document: document, catalog: loaded.catalog, reportOutputs: outputs)
            return AnalysisResult(findings: findings, model: model)
        }

        /// The previous results that still hold after `edit` (nil: no change), keyed by their report's range in the
        /// new text: those of reports wholly before or after the edited span (moved by its length change).
        private func reusableOutputs(after edit: ByteEdit?) -> [SourceRange: ReportOutput] {
            var result: [SourceRange: ReportOutput] = [:]
            guard let edit else {
                for output in outputs { result[output.range] = output }
                return result
            }
            for output in outputs {
                if output.range.end < edit.range.start {
                    result[output.range] = output
                } else if output.range.start > edit.range.end {
                    let moved = output.moved(by: edit.delta)
                    result[moved.range] = moved
                }
            }
            return result
        }

        /// The document after `edits`, re-parsing only what they touched.
        private mutating func parse(bytes: [UInt8], edits: [ByteEdit]?) -> ReportDocument {
            guard let edits, var parser else {
                let fresh = IncrementalReportParser(text: bytes)
                parser = fresh
                return fresh.document
            }
            if !edits.isEmpty {
                self.parser = nil // no copy of the parser's storage while it is updated
                parser.apply(edits: edits, newText: bytes)
                self.parser = parser
            }
            return parser.document
        }
    }
}
