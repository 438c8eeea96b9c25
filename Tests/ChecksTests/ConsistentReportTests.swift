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
        XCTAssertEqual(codes.count, 51)
        for code in codes {
            XCTAssertNotNil(code.range(of: #"^(T(0[1-9]|10)-[1-7]|X-(0[1-9]|1[0-7]))$"#, options: .regularExpression), code)
        }
    }
}
