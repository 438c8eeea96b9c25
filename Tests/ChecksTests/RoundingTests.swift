import XCTest
@testable import Checks
import Report

/// The interval rounding of spec §2.0, the copy and inequality rules, and how evaluations are kept.
final class RoundingTests: XCTestCase {
    private static func figure(_ text: String, at start: Int, table: String = "公开02表") -> Figure {
        let amount = Amount(parsing: text)!
        return Figure(state: .written(amount), cellRange: SourceRange(start: start, end: start + text.utf8.count), anchorRange: nil,
                      label: LocalizedText(zh: "R\(start)", en: "R\(start)"), tableLabel: LocalizedText(zh: table, en: table))
    }

    private func run(_ body: @escaping @Sendable (RuleContext) -> Void, reportRounding: Bool = false) -> CheckResult {
        let rule = Rule(code: "TEST", title: LocalizedText(zh: "t", en: "t"), formula: "", tolerance: .sum, example: "", evaluate: body)
        return Checker(options: CheckOptions(reportRounding: reportRounding), rules: [rule]).check(IndexedReport(tables: []))
    }

    func testRadiusIsHalfAUnitOfTheWrittenPlaceWithAFloorOfTwoDecimals() {
        XCTAssertEqual(Rounding.radius(of: Amount(parsing: "281.91")!, precisionFloor: 2), Amount(parsing: "0.005"))
        XCTAssertEqual(Rounding.radius(of: Amount(parsing: "194.9")!, precisionFloor: 2), Amount(parsing: "0.005"))
        XCTAssertEqual(Rounding.radius(of: Amount(parsing: "0")!, precisionFloor: 2), Amount(parsing: "0.005"))
        XCTAssertEqual(Rounding.radius(of: Amount(parsing: "10.998")!, precisionFloor: 2), Amount(parsing: "0.0005"))
    }

    func testSumWithinToleranceIsSilentOrInformation() {
        let total = RoundingTests.figure("281.92", at: 0)
        let addends = [RoundingTests.figure("137.36", at: 10), RoundingTests.figure("30.05", at: 20), RoundingTests.figure("114.50", at: 30)]
        let body: @Sendable (RuleContext) -> Void = { $0.requireSum(total, equals: addends.map { IdentityTerm($0) }, relation: LocalizedText(zh: "下级科目之和", en: "the sum of its sub-items")) }
        let silent = run(body)
        XCTAssertEqual(silent.findings.count, 0)
        XCTAssertEqual(silent.evaluations.first?.outcome, .withinRounding)
        XCTAssertEqual(silent.evaluations.first?.tolerance, Amount(parsing: "0.02"))
        XCTAssertEqual(silent.evaluations.first?.formula, "281.92 ≈ 137.36 + 30.05 + 114.50 = 281.91 (±0.02) ✓")
        let informed = run(body, reportRounding: true)
        XCTAssertEqual(informed.findings.map(\.severity), [.information])
        XCTAssertEqual(informed.findings.first?.message.zh, "R0 281.92 与下级科目之和 281.91 相差 0.01，在容差 0.02 之内（尾数误差）")
    }

    func testSumBeyondToleranceIsAnErrorWithRelatedAddendsAndAFix() {
        let total = RoundingTests.figure("281.97", at: 0)
        let addends = [RoundingTests.figure("137.36", at: 10), RoundingTests.figure("30.05", at: 20), RoundingTests.figure("114.50", at: 30)]
        let result = run { $0.requireSum(total, equals: addends.map { IdentityTerm($0) }, relation: LocalizedText(zh: "下级科目之和", en: "the sum of its sub-items")) }
        let finding = try! XCTUnwrap(result.findings.first)
        XCTAssertEqual(finding.severity, .error)
        XCTAssertEqual(finding.range, SourceRange(start: 0, end: 6))
        XCTAssertEqual(finding.message.zh, "R0 281.97 与下级科目之和 281.91 不符（差 0.06，容差 0.02）")
        XCTAssertEqual(finding.message.en, "R0 281.97 does not match the sum of its sub-items 281.91 (difference 0.06, tolerance 0.02)")
        XCTAssertEqual(finding.related.map(\.range.start), [10, 20, 30])
        XCTAssertEqual(finding.related.first?.message.zh, "加数：R10 137.36")
        XCTAssertEqual(finding.fixes.first?.replacements, [TextReplacement(range: SourceRange(start: 0, end: 6), newText: "281.91")])
        XCTAssertEqual(result.evaluations.first?.formula, "281.97 ≠ 137.36 + 30.05 + 114.50 = 281.91 (±0.02) ✗")
    }

    func testExactSumRendersPlainly() {
        let result = run { $0.requireSum(RoundingTests.figure("281.91", at: 0), equals: [IdentityTerm(RoundingTests.figure("137.36", at: 10)), IdentityTerm(RoundingTests.figure("144.55", at: 20))], relation: LocalizedText(zh: "x", en: "x")) }
        XCTAssertEqual(result.evaluations.first?.formula, "281.91 = 137.36 + 144.55 ✓")
    }

    func testCopyOffByOneCentIsAWarningAndMoreIsAnError() {
        let later = RoundingTests.figure("51.32", at: 0, table: "公开03表"), earlier = RoundingTests.figure("51.31", at: 10, table: "公开01表")
        let warning = run { $0.requireCopy(later, equals: [IdentityTerm(earlier)]) }
        XCTAssertEqual(warning.findings.map(\.severity), [.warning])
        XCTAssertEqual(warning.findings.first?.message.zh, "公开03表 R0 51.32 与公开01表 R10 51.31 相差 0.01，同一数字应完全一致（容差 0）")
        let error = run { $0.requireCopy(RoundingTests.figure("51.33", at: 0, table: "公开03表"), equals: [IdentityTerm(earlier)]) }
        XCTAssertEqual(error.findings.map(\.severity), [.error])
        XCTAssertEqual(error.findings.first?.related.first?.message.zh, "对应数：公开01表 R10 51.31")
    }

    func testCopyOfASumUsesTheSumRule() {
        let result = run { $0.requireCopy(RoundingTests.figure("51.31", at: 0), equals: [IdentityTerm(RoundingTests.figure("28.87", at: 10)), IdentityTerm(RoundingTests.figure("22.45", at: 20))]) }
        XCTAssertEqual(result.findings.count, 0)
        XCTAssertEqual(result.evaluations.first?.outcome, .withinRounding)
        XCTAssertEqual(result.evaluations.first?.relation, .sum)
    }

    func testCopyPointsAtTheCounterpartWhenTheSubjectIsAbsent() {
        let absent = Figure.absent(label: LocalizedText(zh: "201", en: "201"), tableLabel: LocalizedText(zh: "公开03表", en: "Table 03"),
                                   anchor: SourceRange(start: 90, end: 94))
        let result = run { $0.requireCopy(absent, equals: [IdentityTerm(RoundingTests.figure("5.00", at: 10))]) }
        XCTAssertEqual(result.findings.first?.range, SourceRange(start: 10, end: 14))
    }

    func testInequalityHasACentOfSlack() {
        let bound = [IdentityTerm(RoundingTests.figure("10.00", at: 10))]
        XCTAssertTrue(run { $0.requireAtMost(RoundingTests.figure("10.01", at: 0), bound) }.findings.isEmpty)
        let over = run { $0.requireAtMost(RoundingTests.figure("10.02", at: 0), bound) }
        XCTAssertEqual(over.findings.first?.message.zh, "R0 10.02 超过R10 10.00（超出 0.02，容差 0.01）")
        XCTAssertTrue(run { $0.requireAtLeast(RoundingTests.figure("9.99", at: 0), bound) }.findings.isEmpty)
        XCTAssertEqual(run { $0.requireAtLeast(RoundingTests.figure("9.00", at: 0), bound) }.findings.map(\.severity), [.error])
    }

    func testUndeterminedOrEmptyIdentitiesAreSkipped() {
        let undetermined = Figure(state: .undetermined, cellRange: nil, anchorRange: SourceRange(start: 50, end: 51),
                                  label: LocalizedText(zh: "u", en: "u"), tableLabel: LocalizedText(zh: "t", en: "t"))
        let blank = Figure.absent(label: LocalizedText(zh: "b", en: "b"), tableLabel: LocalizedText(zh: "t", en: "t"))
        let result = run {
            $0.requireSum(RoundingTests.figure("99.00", at: 0), equals: [IdentityTerm(undetermined)], relation: LocalizedText(zh: "x", en: "x"))
            $0.requireSum(undetermined, equals: [IdentityTerm(RoundingTests.figure("1.00", at: 10))], relation: LocalizedText(zh: "x", en: "x"))
            $0.requireSum(blank, equals: [IdentityTerm(blank)], relation: LocalizedText(zh: "x", en: "x"))
        }
        XCTAssertTrue(result.findings.isEmpty)
        XCTAssertTrue(result.evaluations.isEmpty)
    }

    func testBlankTotalWithWrittenAddendsIsAnError() {
        let blank = Figure(state: .blank, cellRange: SourceRange(start: 5, end: 5), anchorRange: nil,
                           label: LocalizedText(zh: "合计", en: "合计"), tableLabel: LocalizedText(zh: "t", en: "t"))
        let result = run { $0.requireSum(blank, equals: [IdentityTerm(RoundingTests.figure("3.00", at: 10))], relation: LocalizedText(zh: "x", en: "x")) }
        XCTAssertEqual(result.findings.first?.range, SourceRange(start: 5, end: 5))
        XCTAssertEqual(result.findings.first?.fixes.first?.replacements.first?.newText, "3.00")
    }

    func testOptionsDisableRulesAndOverrideSeverities() {
        let report = IndexedReport(tables: FixtureEdit.replacing(ConsistentReport.tables(),
            cellAt: FixtureEdit.cell(ConsistentReport.tables(), .income, code: "2010101", column: .total)!, with: Amount(parsing: "36.00")!))
        let all = Checker().check(report).findings
        XCTAssertTrue(all.contains { $0.code == "T02-1" })
        let disabled = Checker(options: CheckOptions(disabledRules: ["T02-1"])).check(report).findings
        XCTAssertFalse(disabled.contains { $0.code == "T02-1" })
        let overridden = Checker(options: CheckOptions(severityOverrides: ["T02-1": .hint])).check(report).findings
        XCTAssertEqual(Set(overridden.filter { $0.code == "T02-1" }.map(\.severity)), [.hint])
    }

    func testFindingsAreSortedByPosition() {
        let report = IndexedReport(tables: FixtureEdit.replacing(ConsistentReport.tables(),
            cellAt: FixtureEdit.cell(ConsistentReport.tables(), .income, code: "2010101", column: .total)!, with: Amount(parsing: "36.00")!))
        let ranges = Checker().check(report).findings.map(\.range)
        XCTAssertEqual(ranges, ranges.sorted())
    }
}
