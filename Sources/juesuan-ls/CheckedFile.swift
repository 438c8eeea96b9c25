import Foundation
import Checks
import Report

/// One file after `check`: its text, its findings, or the problem that kept it from being checked.
struct CheckedFile {
    let path: String
    let bytes: [UInt8]
    let lineIndex: LineIndex
    let findings: [Finding]
    /// Why the file could not be checked (missing, unreadable, not UTF-8).
    let problem: String?
    /// True when the text was recognised as a report.
    let isReport: Bool

    /// Reads, parses and checks one file. Never throws: problems are kept in `problem`.
    static func check(path: String, checker: ReportChecks) -> CheckedFile {
        guard let data = FileManager.default.contents(atPath: path) else {
            return CheckedFile(path: path, bytes: [], lineIndex: LineIndex(""), findings: [],
                               problem: "cannot read the file / 无法读取文件", isReport: false)
        }
        let bytes = [UInt8](data)
        if let offset = CheckedFile.firstInvalidUTF8(bytes) {
            return CheckedFile(path: path, bytes: [], lineIndex: LineIndex(""), findings: [],
                               problem: "not valid UTF-8 (first bad byte at offset \(offset)) / 不是有效的 UTF-8 文本",
                               isReport: false)
        }
        let document = ReportDocument.parse(bytes)
        let findings = checker.findings(in: document)
        return CheckedFile(path: path, bytes: bytes, lineIndex: LineIndex(utf8: bytes), findings: findings,
                           problem: nil, isReport: document.isReport)
    }

    /// The 0-based line and column of a byte offset, columns counted in `encoding`.
    func position(_ offset: Int, _ encoding: PositionEncoding) -> LinePosition {
        bytes.withUnsafeBufferPointer { lineIndex.position(of: offset, in: $0, encoding: encoding) }
    }

    /// `file://` URI of the file (absolute).
    var uri: String {
        let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        return URL(fileURLWithPath: absolute).standardizedFileURL.absoluteString
    }

    static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int? {
        if String(validating: bytes, as: UTF8.self) != nil { return nil }
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var offset = 0
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): offset += UTF8.width(scalar)
            case .emptyInput: return offset
            case .error: return offset
            }
        }
    }
}
