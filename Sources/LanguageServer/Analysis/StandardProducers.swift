import Checks

extension FindingProducer {
    /// The subject-name rules (O-09-CATALOG, O-09-TABLES, O-09-UNKNOWN) over the catalog in use.
    public static let nameChecks = FindingProducer(name: "names") { input in
        ProducerOutput(findings: NameRules.check(input.document, catalog: input.catalog,
                                                 disabledRules: input.options.disabledRules))
    }
}

extension ReportAnalyzer {
    /// The analyzer `juesuan-ls` serves with: every producer there is.
    public static func standard(catalogs: CatalogLoader = CatalogLoader()) -> ReportAnalyzer {
        ReportAnalyzer(producers: [.nameChecks], catalogs: catalogs)
    }
}
