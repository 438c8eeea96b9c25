import Catalog
import Report

/// A check on subject-code names: a stable public code, a title in Chinese and English, the
/// severity of its findings, and what it finds over the code rows of a report.
///
/// Name rules read the catalog, which the table identity rules do not; they are listed in
/// `NameRules.all` and run by `NameRules.check`.
public struct NameRule: Sendable {
    public let code: String
    public let title: LocalizedText
    public let severity: Severity
    let evaluate: @Sendable (CodeOccurrences, Catalog) -> [Finding]

    public init(code: String, title: LocalizedText, severity: Severity,
                evaluate: @escaping @Sendable (CodeOccurrences, Catalog) -> [Finding]) {
        self.code = code
        self.title = title
        self.severity = severity
        self.evaluate = evaluate
    }

    /// The findings of this rule over one report.
    public func findings(in occurrences: CodeOccurrences, catalog: Catalog) -> [Finding] {
        evaluate(occurrences, catalog)
    }
}
