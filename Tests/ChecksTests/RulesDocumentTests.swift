import Foundation
import XCTest
import Checks

/// Keeps protocol/rules.md in step with the rule registries (table, narrative and name rules).
/// `JUESUAN_REWRITE_RULES=1 swift test --filter RulesDocumentTests` rewrites the generated parts.
final class RulesDocumentTests: XCTestCase {
    static let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("protocol/rules.md").path

    func testGeneratedRuleListsAreInStep() throws {
        for section in RuleDocumentation.sections {
            var text = try String(contentsOfFile: Self.path, encoding: .utf8)
            guard let begin = text.range(of: section.beginMarker), let end = text.range(of: section.endMarker),
                  begin.upperBound <= end.lowerBound else {
                return XCTFail("protocol/rules.md lacks the markers \(section.beginMarker)")
            }
            let generated = "\n" + RuleDocumentation.markdownList(section.rules)
            let current = String(text[begin.upperBound..<end.lowerBound])
            if current != generated, ProcessInfo.processInfo.environment["JUESUAN_REWRITE_RULES"] == "1" {
                text = String(text[..<begin.upperBound]) + generated + String(text[end.lowerBound...])
                try text.write(toFile: Self.path, atomically: true, encoding: .utf8)
                continue
            }
            XCTAssertEqual(current, generated,
                           "protocol/rules.md is out of step: run JUESUAN_REWRITE_RULES=1 swift test --filter RulesDocumentTests")
        }
    }

    func testEveryRuleIsDocumentedOnceWithAUniqueCode() throws {
        let text = try String(contentsOfFile: Self.path, encoding: .utf8)
        let codes = ReportChecks.ruleDescriptions.map(\.code)
        XCTAssertEqual(Set(codes).count, codes.count, "rule codes are unique across families")
        for code in codes {
            XCTAssertTrue(text.contains("### \(code)\n") || text.contains("| \(code) |"), "\(code) is not in protocol/rules.md")
        }
    }

    func testNarrativeRuleCodesFollowTheSpecIds() {
        for code in ReportChecks.narrativeRuleDescriptions.map(\.code) {
            XCTAssertNotNil(code.range(of: #"^(N-(0[1-9]|1[0-9]|2[0-2])|O-(0[1-9]|1[0-4]))$"#, options: .regularExpression), code)
        }
    }
}
