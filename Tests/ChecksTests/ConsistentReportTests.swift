import XCTest
@testable import Checks
import Report

/// The consistent fixture report raises nothing, and every rule evaluates something on it.
final class ConsistentReportTests: XCTestCase {
    func testConsistentReportHasNoFindings() {
        let result = Checker(options: CheckOptions(reportRounding: true)).check(ConsistentReport.report())
        XCTAssertEqual(result.findings.map { "\($0.code) \($0.message.zh)" }, [])
    }

    func testEveryRuleEvaluatesTheFixture() {
        let result = Checker().check(ConsistentReport.report())
        let evaluated = Set(result.evaluations.map(\.code))
        // These only meet blank or —— cells in the fixture (no carry-over, no state capital, no other income).
        let expectedSilent: Set<String> = ["T04-2", "T06-4", "X-03", "X-08", "X-12", "T08-1", "T08-2"]
        let missing = RuleRegistry.all.map(\.code).filter { !evaluated.contains($0) && !expectedSilent.contains($0) }
        XCTAssertEqual(missing, [])
        XCTAssertTrue(result.evaluations.allSatisfy { $0.outcome == .exact })
    }

    func testRuleCodesAreUniqueAndStable() {
        let codes = RuleRegistry.all.map(\.code)
        XCTAssertEqual(Set(codes).count, codes.count)
        let tableCodes = ["T01-1", "T01-2", "T01-3", "T01-4", "T01-5", "T02-1", "T02-2", "T02-3", "T03-1", "T03-2", "T03-3",
                          "T04-1", "T04-2", "T04-3", "T04-4", "T04-5", "T04-6", "T04-7", "T05-1", "T05-2", "T05-3",
                          "T06-1", "T06-2", "T06-3", "T06-4", "T07-1", "T07-2", "T07-3", "T08-1", "T08-2", "T09-1", "T09-2",
                          "T10-1", "T10-2"] + (1...17).map { $0 < 10 ? "X-0\($0)" : "X-\($0)" }
        XCTAssertEqual(codes.filter { $0.hasPrefix("T") || $0.hasPrefix("X-") }, tableCodes)
    }
}
