/// Splits tab- or comma-separated UTF-8 text into records of fields, one record per physical line.
///
/// Accepts a UTF-8 byte-order mark, LF or CRLF line ends, and RFC 4180 quoting (`"a, b"`, `""` for a quote)
/// in both formats. A quoted field must close on its own line (catalog names never contain line breaks), so a
/// stray quote costs one line, never the rest of the file. Empty lines and lines starting with `#` are skipped.
enum DelimitedText {
    enum Separator: UInt8 {
        case tab = 0x09
        case comma = 0x2C
    }

    /// One physical line: its fields, or why it could not be split.
    struct Record {
        /// 1-based line number.
        let line: Int
        let content: Result<[String], Failure>
    }

    enum Failure: Error {
        case notUTF8
        case unterminatedQuote
    }

    static func records(_ bytes: [UInt8], separator: Separator) -> [Record] {
        bytes.withUnsafeBufferPointer { buffer in
            var records: [Record] = []
            var start = buffer.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
            var lineNumber = 0
            while start < buffer.count {
                lineNumber += 1
                var newline = start
                while newline < buffer.count, buffer[newline] != 0x0A { newline += 1 }
                var end = newline
                if end > start, buffer[end - 1] == 0x0D { end -= 1 }
                let line = UnsafeBufferPointer(rebasing: buffer[start..<end])
                start = newline + 1
                if isBlankOrComment(line) { continue }
                records.append(Record(line: lineNumber, content: fields(of: line, separator: separator.rawValue)))
            }
            return records
        }
    }

    /// A guess from the first line: tab-separated when it contains a tab, comma-separated otherwise.
    static func guessSeparator(_ bytes: [UInt8]) -> Separator {
        let firstLine = bytes.prefix { $0 != 0x0A }
        return firstLine.contains(Separator.tab.rawValue) ? .tab : .comma
    }

    private static func isBlankOrComment(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = line.first(where: { $0 != 0x20 && $0 != 0x09 }) else { return true }
        return first == UInt8(ascii: "#")
    }

    private static func fields(of line: UnsafeBufferPointer<UInt8>, separator: UInt8) -> Result<[String], Failure> {
        var fields: [String] = []
        var index = 0
        while true {
            let text: String?
            if index < line.count, line[index] == UInt8(ascii: "\"") {
                // Quoted field: runs to the closing quote; `""` is a literal quote.
                var field: [UInt8] = []
                index += 1
                var closed = false
                while index < line.count {
                    let byte = line[index]
                    index += 1
                    if byte == UInt8(ascii: "\"") {
                        if index < line.count, line[index] == UInt8(ascii: "\"") {
                            field.append(byte)
                            index += 1
                        } else {
                            closed = true
                            break
                        }
                    } else {
                        field.append(byte)
                    }
                }
                guard closed else { return .failure(.unterminatedQuote) }
                // Anything between the closing quote and the separator is kept as written.
                while index < line.count, line[index] != separator {
                    field.append(line[index])
                    index += 1
                }
                text = String(validating: field, as: UTF8.self)
            } else {
                var end = index
                while end < line.count, line[end] != separator { end += 1 }
                text = String(validating: UnsafeBufferPointer(rebasing: line[index..<end]), as: UTF8.self)
                index = end
            }
            guard let text else { return .failure(.notUTF8) }
            fields.append(text)
            guard index < line.count else { break }
            index += 1  // skip the separator
        }
        return .success(fields)
    }
}
