import Foundation
import XCTest

/// `juesuan-ls check` as a user runs it: formats, exit codes, directories, bad inputs.
final class CheckCommandTests: XCTestCase {
    static let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let example = repositoryRoot.appendingPathComponent("examples/sample-report.juesuan.txt").path

    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// The built executable, next to the test bundle (macOS: the bundle's parent; Linux: the bundle's directory).
    static var executable: URL {
        let bundle = Bundle(for: CheckCommandTests.self).bundleURL
        let candidates = [bundle, bundle.deletingLastPathComponent(), bundle.deletingLastPathComponent().deletingLastPathComponent()]
            .map { $0.appendingPathComponent("juesuan-ls") }
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates[1]
    }

    func run(_ arguments: [String]) throws -> Run {
        let process = Process()
        process.executableURL = Self.executable
        process.arguments = ["check"] + arguments
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                   stderr: String(decoding: errData, as: UTF8.self))
    }

    func temporaryDirectory() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("juesuan-check-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: dir) }
        return dir
    }

    func testTextFormatOnTheExample() throws {
        let result = try run([Self.example])
        XCTAssertEqual(result.status, 1)
        let first = try XCTUnwrap(result.stdout.split(separator: "\n").first { !$0.hasPrefix(" ") })
        XCTAssertNotNil(first.range(of: #"^.*sample-report\.juesuan\.txt:\d+:\d+: error\[[A-Z]+-?\d+(-\d)?\]: "#, options: .regularExpression), String(first))
        XCTAssertTrue(result.stdout.contains("不符（差"))
        // The same rule families as the server: tables, narrative (N-…) and names (O-09-…).
        XCTAssertTrue(result.stdout.contains("error[T05-1]"))
        XCTAssertTrue(result.stdout.contains("error[N-21]"))
        let english = try run(["--locale", "en", Self.example])
        XCTAssertTrue(english.stdout.contains("does not match"))
    }

    func testJSONFormatIsLSPDiagnostics() throws {
        let result = try run(["--format", "json", Self.example])
        XCTAssertEqual(result.status, 1)
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let files = try XCTUnwrap(object["files"] as? [[String: Any]])
        XCTAssertEqual(files.count, 1)
        let diagnostics = try XCTUnwrap(files[0]["diagnostics"] as? [[String: Any]])
        XCTAssertFalse(diagnostics.isEmpty)
        let d = diagnostics[0]
        XCTAssertEqual(d["source"] as? String, "juesuan-ls")
        XCTAssertEqual(d["severity"] as? Int, 1)
        XCTAssertNotNil(d["code"] as? String)
        let start = try XCTUnwrap((d["range"] as? [String: Any])?["start"] as? [String: Int])
        XCTAssertNotNil(start["line"])
        XCTAssertNotNil(start["character"])
        let related = try XCTUnwrap(diagnostics.compactMap { $0["relatedInformation"] as? [[String: Any]] }.first)
        let uri = try XCTUnwrap((related.first?["location"] as? [String: Any])?["uri"] as? String)
        XCTAssertTrue(uri.hasPrefix("file:///"))
    }

    func testSARIFFormatHasRulesAndResults() throws {
        let result = try run(["--format", "sarif", Self.example])
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        XCTAssertEqual(object["version"] as? String, "2.1.0")
        let run = try XCTUnwrap((object["runs"] as? [[String: Any]])?.first)
        let rules = try XCTUnwrap(((run["tool"] as? [String: Any])?["driver"] as? [String: Any])?["rules"] as? [[String: Any]])
        XCTAssertGreaterThanOrEqual(rules.count, 51)
        let results = try XCTUnwrap(run["results"] as? [[String: Any]])
        XCTAssertFalse(results.isEmpty)
        XCTAssertEqual(results[0]["level"] as? String, "error")
        // Every result, whatever its rule family (T…, X…, N…, O-…), points at a described rule.
        let ids = rules.compactMap { $0["id"] as? String }
        XCTAssertEqual(Set(ids).count, ids.count, "rule ids are unique")
        for result in results {
            let ruleId = try XCTUnwrap(result["ruleId"] as? String)
            let index = try XCTUnwrap(result["ruleIndex"] as? Int, "no rule metadata for \(ruleId)")
            XCTAssertEqual(ids[index], ruleId)
        }
        XCTAssertTrue(ids.contains("N-21") && ids.contains("O-09-UNKNOWN"))
    }

    func testDirectoriesBadFilesAndExitCodes() throws {
        let dir = try temporaryDirectory()
        try FileManager.default.copyItem(atPath: Self.example, toPath: dir.appendingPathComponent("a.txt").path)
        try Data("一段普通的文字，不是决算报告。\n".utf8).write(to: dir.appendingPathComponent("notes.md"))
        try Data([0xE5, 0x90, 0xFF, 0x0A]).write(to: dir.appendingPathComponent("broken.txt"))
        let result = try run(["--format", "json", dir.path])
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.stderr.contains("broken.txt"))
        XCTAssertTrue(result.stderr.contains("UTF-8"))
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let paths = try XCTUnwrap(object["files"] as? [[String: Any]]).compactMap { $0["path"] as? String }
        XCTAssertEqual(paths.map { ($0 as NSString).lastPathComponent }, ["a.txt"])

        let clean = dir.appendingPathComponent("notes.md").path
        XCTAssertEqual(try run([clean]).status, 0)
        let missing = try run([clean, dir.appendingPathComponent("nope.txt").path])
        XCTAssertEqual(missing.status, 2)
        XCTAssertTrue(missing.stderr.contains("nope.txt"))
    }

    func testUsageErrors() throws {
        XCTAssertEqual(try run([]).status, 2)
        XCTAssertEqual(try run(["--format", "xml", Self.example]).status, 2)
        XCTAssertEqual(try run(["--bogus", Self.example]).status, 2)
        let help = try run(["--help"])
        XCTAssertEqual(help.status, 0)
        XCTAssertTrue(help.stdout.contains("Unicode"))
    }
}
