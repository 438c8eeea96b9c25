import Catalog
import Report

/// Every rule family over one report: the table identities (T…, X…), the narrative rules (N…) and the
/// subject-name rules (O-09…). The language server and `juesuan-ls check` both run exactly this, so an
/// editor and a CI job see the same findings.
public struct ReportChecks: Sendable {
    /// Which rule families to run.
    public struct Families: OptionSet, Sendable, Hashable {
        public let rawValue: Int
        public init(rawValue: Int) { self.rawValue = rawValue }

        public static let tables = Families(rawValue: 1 << 0)
        public static let narrative = Families(rawValue: 1 << 1)
        public static let names = Families(rawValue: 1 << 2)
        public static let all: Families = [.tables, .narrative, .names]
    }

    public var options: CheckOptions
    /// The built-in catalog, with the user's catalog files layered on top.
    public var catalog: Catalog
    public var families: Families

    public init(options: CheckOptions = CheckOptions(), catalog: Catalog = .builtIn, families: Families = .all) {
        self.options = options
        self.catalog = catalog
        self.families = families
    }

    /// Checks one report (reports of a volume are checked independently). With `concurrently`, the
    /// rules run on several threads (same findings): for a report checked alone, as after a
    /// keystroke, where the other cores would otherwise wait.
    public func check(_ report: Report, concurrently: Bool = false) -> ReportCheckResult {
        record(report, concurrently: concurrently).result
    }

    /// Checks one report and keeps what each rule found and read. Given the `previous` record of the
    /// same report (same catalog) and the `edit` that led from its text to this one, only the rules
    /// whose inputs changed run again: those that read a table the edit changed (tables are compared by
    /// identity: the incremental parser keeps what it did not re-parse), or the narrative when the edit
    /// touched it; the others' results move with the text. The findings are those of a full check.
    public func record(_ report: Report, concurrently: Bool = false, after edit: ByteEdit? = nil,
                       previous: ReportCheckRecord? = nil) -> ReportCheckRecord {
        let jobs = self.jobs
        var outcomes: [RuleOutcome?] = Array(repeating: nil, count: jobs.count)
        if let edit, let previous, previous.options == options, previous.families == families, previous.outcomes.count == jobs.count {
            outcomes = previous.outcomes(for: report, after: edit)
        }
        let stale = jobs.indices.filter { outcomes[$0] == nil }
        var index = previous?.index
        if !stale.isEmpty {
            let indexed = IndexedReport(report, reusing: previous?.index) // shared by the table and the narrative rules
            index = indexed
            let facts = stale.contains { jobs[$0].family == .narrative } ? NarrativeFacts(report.narrative) : nil
            let batches = Self.batches(of: stale, jobs: jobs, split: concurrently)
            let run: @Sendable ([Int]) -> [RuleOutcome] = { batch in self.run(batch.map { jobs[$0] }, report, indexed, facts) }
            let results = concurrently ? batches.concurrentMap(run) : batches.map(run)
            for (batch, computed) in zip(batches, results) {
                for (job, outcome) in zip(batch, computed) { outcomes[job] = outcome }
            }
        }
        // A report checked alone (after an edit) keeps its index for the next edit; a volume's reports do not
        // (megabytes for tables most of which no one edits).
        return ReportCheckRecord(outcomes: outcomes.map { $0! }, options: options, families: families, report: report,
                                 index: concurrently ? index : nil)
    }

    /// One rule to run: a table rule, a narrative rule, or the name rules (one job: they share
    /// their index of codes).
    enum Job: Sendable {
        case table(Rule)
        case narrative(NarrativeRule)
        case names

        var family: Families {
            switch self {
            case .table: .tables
            case .narrative: .narrative
            case .names: .names
            }
        }
    }

    /// Every job of a check with these families and options, in a fixed order.
    var jobs: [Job] {
        var jobs: [Job] = []
        if families.contains(.tables) { jobs += Checker(options: options).enabledRules.map(Job.table) }
        if families.contains(.narrative) { jobs += NarrativeChecker(options: options, catalog: catalog).enabledRules.map(Job.narrative) }
        if families.contains(.names) { jobs.append(.names) }
        return jobs
    }

    /// The jobs to run grouped by family (a batch runs on one thread); with `split`, each family's
    /// jobs are dealt into up to four batches, which the cores take as they become free (rules differ
    /// in cost tenfold: two fixed halves leave one core waiting for the other).
    private static func batches(of stale: [Int], jobs: [Job], split: Bool) -> [[Int]] {
        var batches: [[Int]] = []
        for family in [Families.narrative, .tables, .names] {
            let members = stale.filter { jobs[$0].family == family }
            if members.isEmpty { continue }
            let count = split ? min(4, members.count) : 1
            for k in 0..<count { batches.append(stride(from: k, to: members.count, by: count).map { members[$0] }) }
        }
        return batches
    }

    /// Runs jobs of one family over a report.
    private func run(_ jobs: [Job], _ report: Report, _ indexed: IndexedReport, _ facts: NarrativeFacts?) -> [RuleOutcome] {
        switch jobs.first?.family {
        case .tables?:
            return Checker(options: options).outcomes(indexed, rules: jobs.lazy.compactMap { if case .table(let rule) = $0 { rule } else { nil } })
        case .narrative?:
            guard let facts else { return [] }
            return NarrativeChecker(options: options, catalog: catalog)
                .outcomes(report, tables: indexed, facts: facts, rules: jobs.lazy.compactMap { if case .narrative(let rule) = $0 { rule } else { nil } })
        case .names?:
            let findings = NameRules.check(report, catalog: catalog, disabledRules: options.disabledRules).map { finding in
                var finding = finding
                if let severity = options.severityOverrides[finding.code] { finding.severity = severity }
                return finding
            }
            return [RuleOutcome(family: .names, code: "O-09", findings: findings, reads: TableKindSet(), readsCodesAndNames: true)]
        default:
            return []
        }
    }

    /// The findings of every report of a document, checked on every core (what `juesuan-ls check`
    /// prints: no identities or matches are gathered).
    public func findings(in document: ReportDocument) -> [Finding] {
        var findings: [Finding] = []
        for one in document.reports.concurrentMap({ record($0).findings }) { findings.append(sharing: one) }
        return findings
    }

    /// Checks every report of a document (the reports of a volume on every core).
    public func check(_ document: ReportDocument) -> ReportCheckResult {
        var result = ReportCheckResult()
        for one in document.reports.concurrentMap({ check($0) }) {
            result.findings.append(sharing: one.findings)
            result.evaluations.append(sharing: one.evaluations)
            result.narrativeMatches.append(sharing: one.narrativeMatches)
        }
        return result
    }
}

/// What `ReportChecks` found: findings to show, and what hovers and go-to-definition explain.
public struct ReportCheckResult: Sendable {
    /// Sorted by position, then code, within each report.
    public var findings: [Finding] = []
    /// Every evaluated table identity, satisfied or not (figure hovers).
    public var evaluations: [IdentityEvaluation] = []
    /// Narrative figures and the table cells they were compared with (hover, definition).
    public var narrativeMatches: [NarrativeMatch] = []

    public init() {}
}
