import XCTest
@testable import Catalog

final class CatalogSearchTests: XCTestCase {
    private var catalog: Catalog { Catalog.builtIn }

    func testCodePrefixListsTheCodeThenItsDescendants() {
        XCTAssertEqual(catalog.search(codePrefix: "20104").map(\.code.digits), ["20104", "2010401", "2010402", "2010450", "2010499"])
        XCTAssertEqual(catalog.search(codePrefix: "3020", limit: 3).map(\.code.digits), ["30201", "30202", "30203"])
        XCTAssertEqual(catalog.search(codePrefix: "2", kind: .economic), [])
        XCTAssertEqual(catalog.search(codePrefix: "").count, 0)
        XCTAssertEqual(catalog.search(codePrefix: "2a").count, 0)
        XCTAssertEqual(catalog.search(codePrefix: "9").count, 0)
    }

    func testNameSearchRanksExactThenPrefixThenSubstring() {
        let matches = catalog.search(name: "其他支出")
        XCTAssertEqual(matches.first?.quality, .exactName)
        let exact = matches.filter { $0.quality == .exactName }.map(\.entry.code.digits)
        XCTAssertEqual(exact, ["229", "22999", "2299999", "399", "39999"])
        let qualities = matches.map(\.quality)
        XCTAssertEqual(qualities, qualities.sorted(), "ranked best first")

        let administration = catalog.search(name: "行政管理事务")
        XCTAssertTrue(administration.allSatisfy { $0.quality == .nameSubstring })
        XCTAssertTrue(administration.contains { $0.quality == .nameSubstring && $0.entry.code.digits == "2010402" })

        let prefix = catalog.search(name: "公务用车")
        XCTAssertEqual(prefix.map(\.entry.code.digits), ["30231", "30913", "31013"])
        XCTAssertTrue(prefix.allSatisfy { $0.quality == .namePrefix })
    }

    func testRankingDoesNotFollowCodeOrder() {
        let synthetic = Catalog(entries: [
            ("30201", "其他办公费"), ("30202", "办公费用补助"), ("30299", "办公费"), ("30203", "印刷费"),
        ].map { CatalogEntry(code: ClassificationCode($0.0)!, name: $0.1, origin: .builtIn, attestation: .userSupplied) })
        let matches = synthetic.search(name: "办公费")
        XCTAssertEqual(matches.map(\.entry.code.digits), ["30299", "30202", "30201"])
        XCTAssertEqual(matches.map(\.quality), [.exactName, .namePrefix, .nameSubstring])
    }

    func testNameSearchNormalisesTheQuery() {
        XCTAssertEqual(catalog.search(name: "维修(护)费").map(\.entry.code.digits), ["30213"])
        XCTAssertEqual(catalog.search(name: "社会保障和就业支 出").first?.entry.code.digits, "208")
        XCTAssertEqual(catalog.search(name: " ").count, 0)
        XCTAssertEqual(catalog.search(name: "行政运行", kind: .economic).count, 0)
        XCTAssertEqual(catalog.search(name: "运行", limit: 2).count, 2)
    }

    func testEntryNameComparison() throws {
        let entry = try XCTUnwrap(catalog.entry(forCode: "30213"))
        XCTAssertTrue(entry.nameMatches("维修(护)费"))
        XCTAssertFalse(entry.nameMatches("维修费"))
    }
}
