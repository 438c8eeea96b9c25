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
    /// rule families run on separate threads (same findings): for a report checked alone, as after a
    /// keystroke, where the other cores would otherwise wait.
    public func check(_ report: Report, concurrently: Bool = false) -> ReportCheckResult {
        let indexed = IndexedReport(report) // shared by the table and the narrative rules
        let parts = [Families.tables, .narrative, .names].filter(families.contains)
        let results = concurrently ? parts.concurrentMap { check($0, report, indexed) } : parts.map { check($0, report, indexed) }
        var result = ReportCheckResult()
        for part in results {
            result.findings.append(sharing: part.findings)
            result.evaluations.append(sharing: part.evaluations)
            result.narrativeMatches.append(sharing: part.narrativeMatches)
        }
        result.findings.sort(by: Checker.order)
        return result
    }

    /// One rule family over a report.
    private func check(_ family: Families, _ report: Report, _ indexed: IndexedReport) -> ReportCheckResult {
        var result = ReportCheckResult()
        switch family {
        case .tables:
            let tables = Checker(options: options).check(indexed)
            result.findings = tables.findings
            result.evaluations = tables.evaluations
        case .narrative:
            let narrative = NarrativeChecker(options: options, catalog: catalog).check(report, tables: indexed, narrative: report.narrative)
            result.findings = narrative.findings
            result.narrativeMatches = narrative.matches
        case .names:
            result.findings = NameRules.check(report, catalog: catalog, disabledRules: options.disabledRules).map { finding in
                var finding = finding
                if let severity = options.severityOverrides[finding.code] { finding.severity = severity }
                return finding
            }
        default:
            break // one family at a time
        }
        return result
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
