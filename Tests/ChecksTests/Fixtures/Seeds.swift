import Foundation
import XCTest
import Report

/// The five real reports in `<repo root>/../shared/seeds` (never copied into the repository).
enum Seeds {
    static let directory: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("../shared/seeds").standardizedFileURL

    static let names = ["000_baa3e20b4b15d09b.txt", "001_f621cec2125677f3.txt", "002_b2f642792688ba7f.txt",
                        "003_d6a6df3f6639e224.txt", "004_9896e042631d7d6c.txt"]

    /// The bytes of seed `name`, or a skip when the seeds are not there.
    static func bytes(_ name: String) throws -> [UInt8] {
        let url = directory.appendingPathComponent(name)
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw XCTSkip("seeds not found at \(directory.path)")
        }
        return [UInt8](data)
    }

    /// 1-based line of a byte offset.
    static func line(of offset: Int, in bytes: [UInt8]) -> Int {
        LineIndex(utf8: bytes).line(containing: offset) + 1
    }
}
