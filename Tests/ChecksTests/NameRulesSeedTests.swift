import Catalog
import Checks
import Foundation
import Report
import XCTest

/// The name rules on the seeds (skipped when ../shared/seeds is absent).
final class NameRulesSeedTests: XCTestCase {
    static let seeds = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("shared/seeds")

    private func seed(_ prefix: String) throws -> [UInt8] {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: Self.seeds.path),
              let name = names.sorted().first(where: { $0.hasPrefix(prefix) }),
              let data = FileManager.default.contents(atPath: Self.seeds.appendingPathComponent(name).path) else {
            throw XCTSkip("seeds not found at \(Self.seeds.path)")
        }
        return [UInt8](data)
    }

    /// Seed 001 names 21505 and 21599 differently in table 02 than in 03/05 and the catalog.
    func testSeed001NameInconsistenciesAreReported() throws {
        let bytes = try seed("001_")
        let findings = NameRules.check(ReportDocument.parse(bytes), catalog: .builtIn)
        let warnings = findings.filter { $0.severity == .warning }
        let named = warnings.map { String(decoding: bytes[$0.range.range], as: UTF8.self) }
        XCTAssertEqual(Set(named), ["工业和信息化产业监管", "其他资源勘探工业信息支出"], "\(warnings.map(\.message.zh))")
        XCTAssertTrue(warnings.allSatisfy { $0.code == "O-09-CATALOG" && $0.message.zh.contains("公开02表") && $0.message.zh.contains("也与公开03表、公开05表不一致") },
                      "\(warnings.map(\.message.zh))")
        XCTAssertEqual(Set(warnings.compactMap { $0.fixes.first?.replacements.first?.newText }),
                       ["工业和信息产业监管", "其他资源勘探工业信息等支出"])
    }

    /// Seed 003's economic-code names that differ from the other seeds (spec §4.3) are flagged.
    func testSeed003EconomicNameVariantsAreReported() throws {
        let bytes = try seed("003_")
        let findings = NameRules.check(ReportDocument.parse(bytes), catalog: .builtIn)
        let flagged = findings.filter { $0.code == "O-09-CATALOG" }
        let messages = flagged.map(\.message.zh)
        for code in ["30108", "30217", "30399"] {
            XCTAssertTrue(messages.contains { $0.contains("科目 \(code) ") }, "\(messages)")
        }
        XCTAssertEqual(flagged.count, 3, "\(messages)")
    }
}
