import Catalog
@testable import Checks
import Report
import XCTest

/// The subject-name rules O-09-CATALOG, O-09-TABLES and O-09-UNKNOWN.
final class NameRulesTests: XCTestCase {
    /// Tables 02 and 03 of one report. 02 names 21505 differently from the catalog and from 03;
    /// 2150588 is named differently in 02 and 03 and is not in the test catalog; 2159 is no code.
    static let text = """
        收入决算表

        公开02表

        部门名称：测试局 2024年度 金额单位：万元

        项目\t\t本年收入合计\t财政拨款收入
        科目代码\t科目名称\t\t
        栏次\t\t1\t2
        合计\t\t10.00\t10.00
        215\t资源勘探工业信息 等支出\t10.00\t10.00
        21505\t工业和信息化产业监管\t10.00\t10.00
        2150588\t甲事务\t10.00\t10.00
        2150589\t乙事务\t10.00\t10.00

        支出决算表

        公开03表

        部门名称：测试局 2024年度 金额单位：万元

        项目\t\t本年支出合计\t基本支出\t项目支出
        科目代码\t科目名称\t\t\t
        栏次\t\t1\t2\t3
        合计\t\t10.00\t10.00\t
        215\t资源勘探工业信息等支出\t10.00\t10.00\t
        21505\t工业和信息产业监管\t10.00\t10.00\t
        2150588\t甲 事务\t10.00\t10.00\t
        2150589\t丙事务\t10.00\t10.00\t

        """

    static let catalog = Catalog(entries: [
        CatalogEntry(code: ClassificationCode("215")!, name: "资源勘探工业信息等支出", origin: .builtIn, attestation: .year2024),
        CatalogEntry(code: ClassificationCode("21505")!, name: "工业和信息产业监管", origin: .builtIn, attestation: .year2024),
    ])

    let bytes = Array(NameRulesTests.text.utf8)
    var document: ReportDocument { ReportDocument.parse(bytes) }

    private func text(_ range: SourceRange) -> String { String(decoding: bytes[range.range], as: UTF8.self) }

    func testCatalogNameMismatchIsAWarningWithAFixToTheCatalogName() throws {
        let findings = NameRules.check(document, catalog: Self.catalog, rules: [.catalogName])
        XCTAssertEqual(findings.count, 1, "\(findings)")
        let finding = try XCTUnwrap(findings.first)
        XCTAssertEqual(finding.code, "O-09-CATALOG")
        XCTAssertEqual(finding.severity, .warning)
        XCTAssertEqual(text(finding.range), "工业和信息化产业监管")
        XCTAssertTrue(finding.message.zh.contains("公开02表"), finding.message.zh)
        XCTAssertTrue(finding.message.zh.contains("“工业和信息产业监管”"), finding.message.zh)
        XCTAssertTrue(finding.message.zh.contains("也与公开03表不一致"), finding.message.zh)
        XCTAssertTrue(finding.message.en.contains("differs from the catalog name"), finding.message.en)
        XCTAssertEqual(finding.related.map { text($0.range) }, ["工业和信息产业监管"])
        XCTAssertEqual(finding.fixes.first?.replacements, [TextReplacement(range: finding.range, newText: "工业和信息产业监管")])
        XCTAssertEqual(finding.fixes.first?.title.zh, "改为“工业和信息产业监管”")
    }

    func testWrapSpacesWidthAndQuotesAreNotMismatches() {
        let catalog = Catalog(entries: [
            CatalogEntry(code: ClassificationCode("2150588")!, name: "甲事务", origin: .builtIn, attestation: .year2024),
            CatalogEntry(code: ClassificationCode("215")!, name: "资源勘探工业信息等支出", origin: .builtIn, attestation: .year2024),
        ])
        let findings = NameRules.check(document, catalog: catalog, rules: [.catalogName])
        XCTAssertTrue(findings.isEmpty, "\(findings)")
        XCTAssertTrue(CatalogEntry(code: ClassificationCode("30212")!, name: "维修（护）费", origin: .builtIn, attestation: .year2024)
            .nameMatches("维修(护)费"))
    }

    func testUnknownCodeNamedDifferentlyInTwoTablesIsAWarningWithAFix() throws {
        let findings = NameRules.check(document, catalog: Self.catalog, rules: [.namesAcrossTables])
        // 2150588: 甲事务 / 甲 事务 are the same name; 2150589: 乙事务 / 丙事务 differ (tie: the first wins).
        XCTAssertEqual(findings.count, 1, "\(findings)")
        let finding = try XCTUnwrap(findings.first)
        XCTAssertEqual(finding.code, "O-09-TABLES")
        XCTAssertEqual(finding.severity, .warning)
        XCTAssertEqual(text(finding.range), "丙事务")
        XCTAssertEqual(finding.related.map { text($0.range) }, ["乙事务"])
        XCTAssertEqual(finding.fixes.first?.replacements.first?.newText, "乙事务")
        XCTAssertTrue(finding.message.zh.contains("公开03表 科目 2150589 的名称“丙事务”与公开02表“乙事务”不一致"), finding.message.zh)
    }

    func testCodeInTheCatalogIsLeftToTheCatalogRule() {
        // 21505 differs between 02 and 03, but the catalog knows it: O-09-CATALOG reports it (once).
        let findings = NameRules.check(document, catalog: Self.catalog, rules: [.namesAcrossTables])
        XCTAssertFalse(findings.contains { text($0.range).contains("工业") }, "\(findings)")
    }

    func testUnknownCodesAreInformationWithTheKnownChain() throws {
        let findings = NameRules.check(document, catalog: Self.catalog, rules: [.unknownCode])
        XCTAssertEqual(findings.map { text($0.range) }, ["2150588", "2150589", "2150588", "2150589"])
        XCTAssertTrue(findings.allSatisfy { $0.severity == .information && $0.code == "O-09-UNKNOWN" })
        let first = try XCTUnwrap(findings.first)
        XCTAssertTrue(first.message.zh.contains("215 资源勘探工业信息等支出 › 21505 工业和信息产业监管"), first.message.zh)
        XCTAssertTrue(first.message.en.contains("catalogFiles"), first.message.en)
    }

    func testDisabledRulesDoNotRunAndRulesHaveStableCodes() {
        XCTAssertEqual(NameRules.all.map(\.code), ["O-09-CATALOG", "O-09-TABLES", "O-09-UNKNOWN"])
        XCTAssertEqual(NameRules.all.map(\.severity), [.warning, .warning, .information])
        let findings = NameRules.check(document, catalog: Self.catalog, disabledRules: ["O-09-UNKNOWN", "O-09-TABLES"])
        XCTAssertEqual(Set(findings.map(\.code)), ["O-09-CATALOG"])
        XCTAssertNotNil(NameRules.rule(code: "O-09-TABLES"))
    }

    func testFindingsAreSortedAndTwoSidedLabelsAreNotChecked() {
        let findings = NameRules.check(document, catalog: Self.catalog)
        XCTAssertEqual(findings, findings.sorted { ($0.range, $0.code) < ($1.range, $1.code) })
        XCTAssertTrue(NameRules.check(ReportDocument.parse(Array("没有表格的文字。".utf8)), catalog: Self.catalog).isEmpty)
    }

    func testNoFixWhenTheNameRangeHoldsMoreThanTheName() {
        let occurrence = CodeOccurrences.Occurrence(
            code: SubjectCode(text: "21505", range: SourceRange(start: 0, end: 5), classification: .function),
            classificationCode: ClassificationCode("21505"),
            name: RowText(written: "工业监管", normalized: "工业监管", range: SourceRange(start: 6, end: 40)),
            tableLabel: LocalizedText(zh: "公开02表", en: "Table 02"), tableIndex: 0)
        XCTAssertTrue(occurrence.renameFix(to: "工业和信息产业监管").isEmpty)
    }
}
