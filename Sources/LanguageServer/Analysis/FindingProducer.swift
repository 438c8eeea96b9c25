import Catalog
import Checks
import Report

/// One source of findings over a parsed report: the table checks, the name checks, the
/// narrative checks. The analyzer runs every producer it was given on each report of the
/// document whose text changed (reports are checked independently); the server knows none of them.
public struct FindingProducer: Sendable {
    /// A short name for logs and tests (`names`, `tables`).
    public let name: String
    let produce: @Sendable (ProducerInput) -> ProducerOutput

    public init(name: String, produce: @escaping @Sendable (ProducerInput) -> ProducerOutput) {
        self.name = name
        self.produce = produce
    }
}

/// What a producer reads: one report of the parsed document (with its narrative), the text,
/// the user's options, and the catalog (built-in with the user's catalog files on top).
public struct ProducerInput: Sendable {
    public let document: ReportDocument
    /// Index of the report to check in `document.reports`.
    public let reportIndex: Int
    public let bytes: [UInt8]
    public let options: AnalysisOptions
    public let catalog: Catalog
    /// The report is checked alone (an edit touched only it): the producer may use every core for it.
    public let isAlone: Bool
    /// What this producer found for the same report before `edit`, with the same options and catalog
    /// (in the coordinates of the text before the edit): a producer may keep what the edit left valid.
    public let previous: ProducerOutput?
    /// The edit from the text `previous` was computed on to this one (several edits: one enveloping them).
    public let edit: ByteEdit?

    public init(document: ReportDocument, reportIndex: Int, bytes: [UInt8], options: AnalysisOptions, catalog: Catalog,
                isAlone: Bool = false, previous: ProducerOutput? = nil, edit: ByteEdit? = nil) {
        self.document = document
        self.reportIndex = reportIndex
        self.bytes = bytes
        self.options = options
        self.catalog = catalog
        self.isAlone = isAlone
        self.previous = previous
        self.edit = edit
    }

    /// The report to check.
    public var report: Report { document.reports[reportIndex] }
}

/// What a producer found: findings to publish, and the evaluated identities and narrative
/// matches that hovers and go-to-definition explain.
public struct ProducerOutput: Sendable {
    public var findings: [Finding]
    /// Every identity evaluated, satisfied or not (figure hovers). Concrete values: an array of
    /// existentials would box each of them (megabytes for a volume, copied on every keystroke).
    public var identities: [IdentityEvaluation]
    /// Narrative figures and the table cells they were checked against (hover, definition).
    public var narrativeMatches: [NarrativeMatch]
    /// The rule-by-rule record of `ReportChecks`, when the producer runs them: more identities and
    /// matches (not copied into the lists above), and what the next check after an edit starts from.
    public var record: ReportCheckRecord?

    public init(findings: [Finding] = [], identities: [IdentityEvaluation] = [], narrativeMatches: [NarrativeMatch] = [],
                record: ReportCheckRecord? = nil) {
        self.findings = findings
        self.identities = identities
        self.narrativeMatches = narrativeMatches
        self.record = record
    }

    /// The same output `delta` bytes further on (`record` and the lists: what a producer is handed back).
    func moved(by delta: Int) -> ProducerOutput {
        guard delta != 0 else { return self }
        return ProducerOutput(findings: findings.map { $0.shifted(by: delta) }, identities: identities.map { $0.shifted(by: delta) },
                              narrativeMatches: narrativeMatches.map { $0.shifted(by: delta) }, record: record?.moved(by: delta))
    }
}
