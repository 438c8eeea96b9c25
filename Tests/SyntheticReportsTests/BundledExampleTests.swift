import XCTest
@testable import SyntheticReports

/// The bundled example `examples/sample-report.juesuan.txt` must equal a fresh generation.
/// Regenerate it with `JUESUAN_REGENERATE_EXAMPLE=1 swift test --filter BundledExampleTests`.
final class BundledExampleTests: XCTestCase {
    private var examplesDirectory: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("examples")
    }

    func testExampleFileEqualsFreshGeneration() throws {
        let report = BundledExample.report()
        let file = examplesDirectory.appendingPathComponent("sample-report.juesuan.txt")
        if ProcessInfo.processInfo.environment["JUESUAN_REGENERATE_EXAMPLE"] == "1" {
            try FileManager.default.createDirectory(at: examplesDirectory, withIntermediateDirectories: true)
            try Data(report.bytes).write(to: file)
        }
        let stored = try Data(contentsOf: file)
        XCTAssertEqual([UInt8](stored), report.bytes, "examples/sample-report.juesuan.txt is stale: regenerate it")
    }

    func testExampleReadmeEqualsFreshGeneration() throws {
        let readme = BundledExample.readme(for: BundledExample.report())
        let file = examplesDirectory.appendingPathComponent("README.md")
        if ProcessInfo.processInfo.environment["JUESUAN_REGENERATE_EXAMPLE"] == "1" {
            try Data(readme.utf8).write(to: file)
        }
        XCTAssertEqual(try String(contentsOf: file, encoding: .utf8), readme, "examples/README.md is stale: regenerate it")
    }

    func testExampleHasItsSixPlantedErrorsOnTheirFigures() {
        let report = BundledExample.report()
        XCTAssertEqual(report.plantedErrors.count, BundledExample.plans.count)
        XCTAssertEqual(Set(report.plantedErrors.map(\.kind)).count, 6, "six different kinds")
        for error in report.plantedErrors {
            XCTAssertEqual(report.text(at: error.range), error.plantedText)
            XCTAssertNotEqual(error.plantedText, error.originalText)
        }
    }

    func testDumpLayoutsWhenAsked() throws {
        guard let directory = ProcessInfo.processInfo.environment["SYNTHETIC_DUMP"] else { return }
        for layout in ReportLayout.allCases {
            let report = SyntheticReports.report(seed: 7, layout: layout)
            try Data(report.bytes).write(to: URL(fileURLWithPath: directory).appendingPathComponent("\(layout.rawValue).txt"))
        }
        let example = BundledExample.report()
        for error in example.plantedErrors {
            print("EXAMPLE", error.kind, "line", example.line(of: error.range.lowerBound), error.originalText, "→", error.plantedText)
        }
    }
}
