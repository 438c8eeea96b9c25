import Checks

extension FindingProducer {
    /// The subject-name rules (O-09-CATALOG, O-09-TABLES, O-09-UNKNOWN) over the catalog in use.
    public static let nameChecks = FindingProducer(name: "names") { input in
        ProducerOutput(findings: NameRules.check(input.report, catalog: input.catalog,
                                                 disabledRules: input.options.disabledRules))
    }

    /// The table identities (T01…T10, X-01…X-17): findings, and every evaluated identity for figure hovers.
    public static let tableChecks = FindingProducer(name: "tables") { input in
        let options = CheckOptions(reportRounding: input.options.reportRounding, disabledRules: input.options.disabledRules)
        let result = Checker(options: options).check(input.report)
        return ProducerOutput(findings: result.findings, identities: result.evaluations)
    }

    /// The narrative rules (情况说明 against the report's tables and itself): findings, and every
    /// comparison made for narrative-number hovers and go-to-definition.
    public static let narrativeChecks = FindingProducer(name: "narrative") { input in
        let options = CheckOptions(reportRounding: input.options.reportRounding, disabledRules: input.options.disabledRules)
        let report = input.report
        let result = NarrativeChecker(options: options, catalog: input.catalog).check(report, narrative: report.narrative)
        return ProducerOutput(findings: result.findings, narrativeMatches: result.matches)
    }
}

extension FindingProducer {
    /// Every rule family through `ReportChecks`: exactly what `juesuan-ls check` runs.
    public static let allChecks = FindingProducer(name: "checks") { input in
        let options = CheckOptions(reportRounding: input.options.reportRounding, disabledRules: input.options.disabledRules)
        let record = ReportChecks(options: options, catalog: input.catalog)
            .record(input.report, concurrently: input.isAlone, after: input.edit, previous: input.previous?.record)
        return ProducerOutput(findings: record.findings, record: record)
    }
}

extension ReportAnalyzer {
    /// The analyzer `juesuan-ls` serves with: every rule family, as `juesuan-ls check` runs them.
    public static func standard(catalogs: CatalogLoader = CatalogLoader()) -> ReportAnalyzer {
        ReportAnalyzer(producers: [.allChecks], catalogs: catalogs)
    }
}
