#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// A catalog file supplied by the user (e.g. the full official catalog exported by a finance system):
/// one code per line with `code, name[, explanation]`, tab- or comma-separated, optional header row.
///
/// Loading never fails: a bad line becomes a `CatalogProblem` naming the file and line and every good
/// line is kept; a missing or unreadable file gives one problem and no entries.
public struct UserCatalog: Sendable {
    /// The field separator of a file.
    public enum Format: Sendable, Hashable {
        /// Tab-separated values.
        case tsv
        /// Comma-separated values (RFC 4180 quoting).
        case csv
        /// `.csv` files are CSV, `.tsv`/`.tab` files TSV; otherwise TSV when the first line has a tab.
        case automatic
    }

    /// The file as it was given.
    public let file: String
    /// The good lines, in file order (a repeated code keeps its last line).
    public let entries: [CatalogEntry]
    /// One problem per bad line, or one for the whole file.
    public let problems: [CatalogProblem]

    /// Larger catalog files are refused (the full official catalog is well under 10 MiB).
    public static let maximumFileSize = 64 << 20

    /// Reads and parses `path`; problems instead of errors.
    public static func load(path: String, format: Format = .automatic) -> UserCatalog {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            return UserCatalog(file: path, entries: [], problems: [
                .unreadableFile(path, reason: "文件不存在 / file not found"),
            ])
        }
        // Only a regular file of sane size is read: a device (/dev/zero), a FIFO or a huge file
        // named by mistake must not hang the analysis or exhaust memory. (`stat`, not
        // `attributesOfItem`, which looks the owner up in the user database.)
        var info = stat()
        let isRegular = stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFREG
        if !isDirectory.boolValue, !isRegular {
            return UserCatalog(file: path, entries: [], problems: [
                .unreadableFile(path, reason: "不是普通文件 / not a regular file"),
            ])
        }
        if !isDirectory.boolValue, Int(info.st_size) > maximumFileSize {
            return UserCatalog(file: path, entries: [], problems: [
                .unreadableFile(path, reason: "文件超过 \(maximumFileSize >> 20) MiB / larger than \(maximumFileSize >> 20) MiB"),
            ])
        }
        guard !isDirectory.boolValue, let data = FileManager.default.contents(atPath: path) else {
            return UserCatalog(file: path, entries: [], problems: [
                .unreadableFile(path, reason: isDirectory.boolValue ? "这是一个目录 / it is a directory"
                                                                     : "没有读取权限或读取失败 / permission denied or read error"),
            ])
        }
        return parse([UInt8](data), file: path, format: format)
    }

    /// Parses the bytes of a catalog file; `file` names it in problems.
    public static func parse(_ bytes: [UInt8], file: String, format: Format = .automatic) -> UserCatalog {
        let separator: DelimitedText.Separator
        switch format {
        case .tsv: separator = .tab
        case .csv: separator = .comma
        case .automatic:
            let lowercased = file.lowercased()
            if lowercased.hasSuffix(".csv") {
                separator = .comma
            } else if lowercased.hasSuffix(".tsv") || lowercased.hasSuffix(".tab") {
                separator = .tab
            } else {
                separator = DelimitedText.guessSeparator(bytes)
            }
        }

        var entries: [CatalogEntry] = []
        var lineOfCode: [String: (line: Int, position: Int)] = [:]
        var problems: [CatalogProblem] = []
        for (recordNumber, record) in DelimitedText.records(bytes, separator: separator).enumerated() {
            let fields: [String]
            switch record.content {
            case .failure(.notUTF8):
                problems.append(.notUTF8(file, line: record.line))
                continue
            case .failure(.unterminatedQuote):
                problems.append(.unterminatedQuote(file, line: record.line))
                continue
            case .success(let parsed):
                fields = parsed.map(SubjectName.trimmed)
            }
            let codeText = fields.first ?? ""
            guard let code = ClassificationCode(codeText) else {
                // A first line that does not start with a digit is a header (`code,name`, `科目编码,科目名称`).
                let isHeader = recordNumber == 0 && !(codeText.unicodeScalars.first.map { ("0"..."9").contains($0) } ?? false)
                if !isHeader { problems.append(.invalidCode(file, line: record.line, code: codeText)) }
                continue
            }
            guard fields.count > 1, !fields[1].isEmpty else {
                problems.append(.missingName(file, line: record.line, code: codeText))
                continue
            }
            let explanation = fields.count > 2 && !fields[2].isEmpty ? fields[2] : nil
            let entry = CatalogEntry(code: code, name: fields[1], explanation: explanation,
                                     origin: .userFile(file, line: record.line), attestation: .userSupplied)
            if let earlier = lineOfCode[code.digits] {
                problems.append(.duplicateCode(file, line: record.line, code: code.digits, firstLine: earlier.line))
                entries[earlier.position] = entry
                lineOfCode[code.digits] = (record.line, earlier.position)
            } else {
                lineOfCode[code.digits] = (record.line, entries.count)
                entries.append(entry)
            }
        }
        return UserCatalog(file: file, entries: entries, problems: problems)
    }
}
