import XCTest
@testable import Checks
import Report

/// Issue 4's acceptance on the five seeds (spec §2.e, §3.1): no Error and no Warning from the table rules
/// except M-05 (003 table 03 合计) and M-10 (003 table 06 302); every table rounding case is evaluated
/// and stays within its tolerance (reported only as Information when asked).
final class SeedsAcceptanceTests: XCTestCase {
    /// (seed, 1-based line, code) of the only Errors/Warnings expected.
    static let expectedProblems: [String: Set<String>] = [
        "003_d6a6df3f6639e224.txt": ["238 T03-3", "414 T06-1"],
    ]

    /// Lines of the table rounding cases R-01… … … … …R-30 (spec §2.e).
    static let roundingLines: [String: Set<Int>] = [
        "000_baa3e20b4b15d09b.txt": [162, 187, 194, 212, 231, 238, 255, 256, 306, 328, 335, 352, 353, 375, 390, 404],
        "001_f621cec2125677f3.txt": [134, 159, 187, 227, 255, 320, 342, 370, 407, 436],
        "002_b2f642792688ba7f.txt": [93, 116, 124, 163, 171, 233, 255, 263, 296],
        "003_d6a6df3f6639e224.txt": [151, 176, 311, 338, 414],
        "004_9896e042631d7d6c.txt": [141, 208, 305, 324, 373],
    ]

    func testOnlyTheRealMismatchesAreReported() throws {
        for name in Seeds.names {
            let bytes = try Seeds.bytes(name)
            let findings = Checker().check(ReportDocument.parse(bytes)).findings
            let problems = Set(findings.filter { $0.severity <= .error && $0.severity >= .warning }
                .map { "\(Seeds.line(of: $0.range.start, in: bytes)) \($0.code)" })
            XCTAssertEqual(problems, Self.expectedProblems[name] ?? [], name)
        }
    }

    func testM05AndM10Messages() throws {
        let bytes = try Seeds.bytes("003_d6a6df3f6639e224.txt")
        let findings = Checker().check(ReportDocument.parse(bytes)).findings
        let m10 = findings.first { $0.code == "T06-1" && $0.severity == .error }
        XCTAssertEqual(m10?.message.zh, "302 商品和服务支出 9.36 与下级科目之和 9.30 不符（差 0.06，容差 0.035）")
        XCTAssertEqual(m10?.related.count, 6)
        XCTAssertEqual(m10?.fixes.first?.replacements.first?.newText, "9.30")
        let m05 = findings.first { $0.code == "T03-3" && $0.severity == .error }
        XCTAssertNotNil(m05?.message.zh.range(of: "基本支出 307.87、项目支出 88.00"))
    }

    func testEveryTableRoundingCaseIsEvaluatedAndSilent() throws {
        for name in Seeds.names {
            let bytes = try Seeds.bytes(name)
            let document = ReportDocument.parse(bytes)
            XCTAssertTrue(Checker().check(document).findings.allSatisfy { $0.severity != .information }, name)
            let informed = Checker(options: CheckOptions(reportRounding: true)).check(document).findings
                .filter { $0.severity == .information }
            let lines = Set(informed.map { Seeds.line(of: $0.range.start, in: bytes) })
            XCTAssertEqual(lines, Self.roundingLines[name] ?? [], name)
        }
    }

    func testEveryReportEvaluatesManyIdentities() throws {
        for name in Seeds.names {
            let bytes = try Seeds.bytes(name)
            let evaluations = Checker().check(ReportDocument.parse(bytes)).evaluations
            XCTAssertGreaterThan(evaluations.count, 100, name)
            XCTAssertGreaterThanOrEqual(Set(evaluations.map(\.code)).count, 20, name)
        }
    }
}
