import Foundation
import XCTest
import Checks

/// Keeps protocol/rules.md in step with the rule registry.
/// `JUESUAN_REWRITE_RULES=1 swift test --filter RulesDocumentTests` rewrites the generated part.
final class RulesDocumentTests: XCTestCase {
    static let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("protocol/rules.md").path

    func testRulesDocumentListsEveryRule() throws {
        let text = try String(contentsOfFile: Self.path, encoding: .utf8)
        guard let begin = text.range(of: RuleDocumentation.beginMarker), let end = text.range(of: RuleDocumentation.endMarker),
              begin.upperBound <= end.lowerBound else {
            return XCTFail("protocol/rules.md lacks the generated-list markers")
        }
        let generated = "\n" + RuleDocumentation.markdownList()
        let current = String(text[begin.upperBound..<end.lowerBound])
        if current != generated, ProcessInfo.processInfo.environment["JUESUAN_REWRITE_RULES"] == "1" {
            let rewritten = String(text[..<begin.upperBound]) + generated + String(text[end.lowerBound...])
            try rewritten.write(toFile: Self.path, atomically: true, encoding: .utf8)
            return
        }
        XCTAssertEqual(current, generated, "protocol/rules.md is out of step: run JUESUAN_REWRITE_RULES=1 swift test --filter RulesDocumentTests")
        for rule in RuleRegistry.all {
            XCTAssertTrue(text.contains("### \(rule.code)\n"), rule.code)
        }
    }
}
