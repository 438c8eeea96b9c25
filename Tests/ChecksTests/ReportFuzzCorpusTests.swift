import Foundation
import XCTest

/// Replays the committed report fuzz corpus (Tests/FuzzCorpus/report) through the
/// harness libFuzzer runs (Fuzz/run.sh report …): every input the fuzzer kept, and
/// every crash it found (kept as `regression-*`), stays a regression test.
final class ReportFuzzCorpusTests: XCTestCase {
    func testReportCorpus() throws {
        let root = URL(fileURLWithPath: "\(#filePath)").deletingLastPathComponent().deletingLastPathComponent()
        let directory = root.appendingPathComponent("FuzzCorpus/report")
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { !$0.hasPrefix(".") }.sorted()
        XCTAssertFalse(names.isEmpty, "the report corpus is committed")
        for name in names {
            let bytes = [UInt8](try Data(contentsOf: directory.appendingPathComponent(name)))
            if let problem = ReportFuzzHarness.run(bytes) { XCTFail("report/\(name): \(problem)") }
        }
    }

    func testRequireThrowsOnABrokenProperty() {
        XCTAssertThrowsError(try ReportFuzzHarness.require(false, "broken"))
        XCTAssertNoThrow(try ReportFuzzHarness.require(true, "fine"))
    }
}
