import Catalog
import Foundation
import JSONRPC
@testable import LanguageServer
import Report
import XCTest

/// Every code in the seeds hovers with the catalog's name and chain (skipped without the seeds).
final class SeedHoverTests: XCTestCase {
    static let seeds = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("shared/seeds")

    static let knownCatalogGaps: Set<String> = ["20603", "20604"]

    func testEveryCodeInTheSeedsHoversWithTheCatalogNameAndChain() throws {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: Self.seeds.path).filter({ $0.hasSuffix(".txt") }).sorted(),
              !names.isEmpty else {
            throw XCTSkip("seeds not found at \(Self.seeds.path)")
        }
        let catalog = Catalog.builtIn
        var hovered = 0
        for name in names {
            let text = try String(contentsOf: Self.seeds.appendingPathComponent(name), encoding: .utf8)
            var harness = ServerHarness(analyzer: ReportAnalyzer.standard())
            harness.initialize(encoding: .utf8)
            let uri = "file:///seeds/\(name)"
            harness.open(uri, text)
            harness.waitUntilIdle()
            let snapshot = try XCTUnwrap(harness.server.queue.sync { harness.server.latestAnalysis(uri: uri) })
            let document = try XCTUnwrap(snapshot.reportAnalysis?.document)
            var seen: Set<String> = []
            for table in document.tables {
                for row in table.rows {
                    guard let code = row.code, seen.insert(code.text).inserted else { continue }
                    let classification = try XCTUnwrap(ClassificationCode(code.text), "\(name): \(code.text)")
                    let entry = try XCTUnwrap(catalog.entry(for: classification), "\(name): \(code.text) not in the catalog")
                    let position = snapshot.converter.position(of: code.range.start)
                    let id = harness.request("textDocument/hover", ["textDocument": ["uri": .string(uri)],
                                                                    "position": ["line": .int(position.line), "character": .int(position.character)]])
                    let markdown = harness.result(id)?.hoverMarkdown ?? ""
                    XCTAssertTrue(markdown.hasPrefix("**\(code.text) \(entry.name)**"), "\(name) \(code.text): \(markdown)")
                    let chain = catalog.chain(for: classification)
                    // The built-in catalog lacks two 款 that no seed prints as a row (2060302 and 2060499 of
                    // seed 003 sit under them): their chain shows the bare code there. Anything else is a gap.
                    let missing = Set(chain.links.filter { $0.entry == nil }.map(\.code.digits))
                    XCTAssertTrue(missing.isSubset(of: Self.knownCatalogGaps), "\(name) \(code.text): \(missing)")
                    if chain.links.count > 1 { XCTAssertTrue(markdown.contains(chain.text), "\(name) \(code.text): \(markdown)") }
                    hovered += 1
                }
            }
        }
        XCTAssertGreaterThan(hovered, 200)
    }
}
