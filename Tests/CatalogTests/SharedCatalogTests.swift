import Foundation
import XCTest
@testable import Catalog

/// Compares the bundled catalog with the assembled data in `<repo>/../shared/catalog` (skipped when absent).
final class SharedCatalogTests: XCTestCase {
    private static let sharedCatalog = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("../shared/catalog").standardized

    func testEveryAssembledCodeIsBundledWithItsNameAndExplanation() throws {
        var checked = 0
        for file in ["function-codes.tsv", "economic-codes.tsv"] {
            let url = Self.sharedCatalog.appendingPathComponent(file)
            guard let text = try? String(contentsOf: url, encoding: .utf8) else {
                throw XCTSkip("shared catalog not found at \(url.path)")
            }
            for row in text.split(separator: "\n").dropFirst() {
                let fields = row.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
                guard fields.count >= 4 else { continue }
                let entry = Catalog.builtIn.entry(forCode: fields[0])
                XCTAssertEqual(entry?.name, fields[1], fields[0])
                XCTAssertEqual(entry?.explanation ?? "", fields[2], fields[0])
                XCTAssertEqual(entry?.attestation == .laterYearsOnly,
                               !fields[3].contains("决算") && !fields[3].contains("2024预算") && !fields[3].contains(".txt"),
                               fields[0])
                checked += 1
            }
        }
        XCTAssertEqual(checked, 302)
    }
}
