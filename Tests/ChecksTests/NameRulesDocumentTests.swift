import Checks
import Foundation
import XCTest

/// Every name rule is documented in protocol/rules.md.
final class NameRulesDocumentTests: XCTestCase {
    func testEveryNameRuleIsInRulesMd() throws {
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("protocol/rules.md").path
        let text = try String(contentsOfFile: path, encoding: .utf8)
        for rule in NameRules.all {
            XCTAssertTrue(text.contains("| \(rule.code) | \(rule.title.zh) / \(rule.title.en) | \(rule.severity.name == "info" ? "information" : rule.severity.name) |"),
                          "\(rule.code) is not documented in protocol/rules.md")
        }
    }
}
