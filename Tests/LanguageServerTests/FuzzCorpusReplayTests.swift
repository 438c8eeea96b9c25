import Foundation
import XCTest

/// Replays the committed fuzz corpora (Tests/FuzzCorpus/transport and edits) through
/// the same harnesses libFuzzer runs (Fuzz/run.sh), so that every input the fuzzer
/// once found interesting, and every crash it found (kept as `regression-*`),
/// stays a regression test of the normal suite.
final class FuzzCorpusReplayTests: XCTestCase {
    static func corpus(_ target: String, file: StaticString = #filePath) throws -> [(name: String, bytes: [UInt8])] {
        let root = URL(fileURLWithPath: "\(file)").deletingLastPathComponent().deletingLastPathComponent()
        let directory = root.appendingPathComponent("FuzzCorpus/\(target)")
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { !$0.hasPrefix(".") }.sorted()
        return try names.map { ($0, [UInt8](try Data(contentsOf: directory.appendingPathComponent($0)))) }
    }

    func testTransportCorpus() throws {
        let inputs = try Self.corpus("transport")
        XCTAssertFalse(inputs.isEmpty, "the transport corpus is committed")
        for (name, bytes) in inputs {
            if let problem = TransportFuzzHarness.run(bytes) { XCTFail("transport/\(name): \(problem)") }
        }
    }

    func testEditsCorpus() throws {
        let inputs = try Self.corpus("edits")
        XCTAssertFalse(inputs.isEmpty, "the edits corpus is committed")
        for (name, bytes) in inputs {
            if let problem = EditScriptFuzzHarness.run(bytes) { XCTFail("edits/\(name): \(problem)") }
        }
    }

    /// A broken property is reported, not swallowed.
    func testRequireThrowsOnABrokenProperty() {
        XCTAssertThrowsError(try EditScriptFuzzHarness.require(false, "broken"))
        XCTAssertNoThrow(try EditScriptFuzzHarness.require(true, "fine"))
    }
}
