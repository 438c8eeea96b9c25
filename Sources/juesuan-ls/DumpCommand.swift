import Foundation
import Report

/// `juesuan-ls dump FILE`: prints the parsed report model as JSON (issue 3).
/// Positions are `line:column`, 1-based, columns in UTF-16 code units.
enum DumpCommand {
    static func run(_ arguments: [String]) -> Int32 {
        guard arguments.count == 1, let path = arguments.first else {
            FileHandleOutput.standardError("usage: juesuan-ls dump FILE\n")
            return 2
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            FileHandleOutput.standardError("juesuan-ls dump: cannot read \(path)\n")
            return 2
        }
        let bytes = [UInt8](data)
        guard String(validating: bytes, as: UTF8.self) != nil else {
            FileHandleOutput.standardError("juesuan-ls dump: \(path) is not valid UTF-8\n")
            return 2
        }
        let document = ReportDocument.parse(bytes)
        FileHandleOutput.standardOutput(document.dumpJSON(text: bytes, file: path).serialized(indent: 1) + "\n")
        return 0
    }
}
