import Foundation
import XCTest
import Checks

/// Keeps the `Narrative rules` section of protocol/rules.md in step with the narrative rule registry.
/// `JUESUAN_REWRITE_RULES=1 swift test --filter NarrativeRulesDocumentTests` rewrites the generated part.
final class NarrativeRulesDocumentTests: XCTestCase {
    static let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("protocol/rules.md").path

    func testRulesDocumentListsEveryNarrativeRule() throws {
        let text = try String(contentsOfFile: Self.path, encoding: .utf8)
        guard let begin = text.range(of: NarrativeRuleDocumentation.beginMarker),
              let end = text.range(of: NarrativeRuleDocumentation.endMarker), begin.upperBound <= end.lowerBound else {
            return XCTFail("protocol/rules.md lacks the narrative generated-list markers")
        }
        let generated = "\n" + NarrativeRuleDocumentation.markdownList()
        let current = String(text[begin.upperBound..<end.lowerBound])
        if current != generated, ProcessInfo.processInfo.environment["JUESUAN_REWRITE_RULES"] == "1" {
            let rewritten = String(text[..<begin.upperBound]) + generated + String(text[end.lowerBound...])
            try rewritten.write(toFile: Self.path, atomically: true, encoding: .utf8)
            return
        }
        XCTAssertEqual(current, generated, "protocol/rules.md is out of step: run JUESUAN_REWRITE_RULES=1 swift test --filter NarrativeRulesDocumentTests")
    }

    func testNarrativeRuleCodesAreUniqueAndDistinctFromTableRules() {
        let codes = NarrativeRuleRegistry.all.map(\.code)
        XCTAssertEqual(Set(codes).count, codes.count)
        XCTAssertTrue(Set(codes).isDisjoint(with: RuleRegistry.all.map(\.code)))
        for code in codes {
            XCTAssertNotNil(code.range(of: #"^(N-(0[1-9]|1[0-9]|2[0-2])|O-(0[1-9]|1[0-4]))$"#, options: .regularExpression), code)
        }
    }
}
