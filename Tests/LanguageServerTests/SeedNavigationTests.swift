import Foundation
import JSONRPC
@testable import LanguageServer
import Report
import XCTest

/// The outline and folding ranges of the seeds are well formed (skipped without the seeds).
final class SeedNavigationTests: XCTestCase {
    private func position(_ value: JSONValue?) -> (Int, Int) {
        (value?["line"]?.intValue ?? -1, value?["character"]?.intValue ?? -1)
    }

    private func contains(_ outer: JSONValue?, _ inner: JSONValue?) -> Bool {
        position(outer?["start"]) <= position(inner?["start"]) && position(inner?["end"]) <= position(outer?["end"])
    }

    private func checkSymbols(_ symbols: [JSONValue], parent: JSONValue?, seed: String, count: inout Int) {
        for symbol in symbols {
            count += 1
            let name = symbol["name"]?.stringValue ?? ""
            XCTAssertFalse(name.isEmpty, seed)
            XCTAssertTrue(contains(symbol["range"], symbol["selectionRange"]), "\(seed) \(name)")
            if let parent { XCTAssertTrue(contains(parent, symbol["range"]), "\(seed) \(name) outside its parent") }
            checkSymbols(symbol["children"]?.arrayValue ?? [], parent: symbol["range"], seed: seed, count: &count)
        }
    }

    func testSeedOutlinesNestAndFoldingRangesAreOrdered() throws {
        let seeds = SeedHoverTests.seeds
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: seeds.path).filter({ $0.hasSuffix(".txt") }).sorted(),
              !names.isEmpty else {
            throw XCTSkip("seeds not found at \(seeds.path)")
        }
        for name in names {
            let text = try String(contentsOf: seeds.appendingPathComponent(name), encoding: .utf8)
            var harness = ServerHarness(analyzer: ReportAnalyzer.standard())
            harness.initialize(capabilities: ["textDocument": ["documentSymbol": ["hierarchicalDocumentSymbolSupport": true]]])
            harness.open(ReportFixture.uri, text)
            harness.waitUntilIdle()
            let symbols = try XCTUnwrap(harness.ask("textDocument/documentSymbol")?.arrayValue, name)
            var count = 0
            checkSymbols(symbols, parent: nil, seed: name, count: &count)
            XCTAssertGreaterThanOrEqual(symbols.count, 3, "\(name): \(symbols.compactMap { $0["name"]?.stringValue })")
            XCTAssertGreaterThan(count, 20, name)
            var tableCount = 0
            for symbol in symbols {
                let children: [JSONValue] = symbol["children"]?.arrayValue ?? []
                tableCount += children.filter { $0["kind"] == 23 }.count
            }
            XCTAssertGreaterThanOrEqual(tableCount, 9, "\(name)")
            let folds = try XCTUnwrap(harness.ask("textDocument/foldingRange")?.arrayValue, name)
            XCTAssertGreaterThan(folds.count, 10, name)
            for fold in folds {
                XCTAssertLessThan(fold["startLine"]?.intValue ?? 0, fold["endLine"]?.intValue ?? 0, name)
            }
        }
    }
}
