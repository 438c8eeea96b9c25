/// Something wrong with a catalog file: the file or line it concerns and a message in Chinese and English.
///
/// A problem never stops loading: a bad line is skipped and every good line is kept; a file that cannot be
/// read contributes no entries.
public struct CatalogProblem: Sendable, Hashable, Error, CustomStringConvertible {
    /// What went wrong.
    public enum Kind: String, Sendable, Hashable {
        /// The file does not exist or cannot be read.
        case unreadableFile
        /// The built-in catalog resource is missing from the package bundle.
        case missingResource
        /// A line is not valid UTF-8.
        case notUTF8
        /// The first field is not a function code (2…, 3/5/7 digits) or an economic code (3…, 3/5 digits).
        case invalidCode
        /// The code has no name.
        case missingName
        /// A quoted CSV field is not closed on its line.
        case unterminatedQuote
        /// A code appears again in the same file; the later line wins.
        case duplicateCode
    }

    public let kind: Kind
    /// The file as it was given (path or resource name).
    public let file: String
    /// 1-based line number, or nil for a problem with the whole file.
    public let line: Int?
    /// The message in Chinese.
    public let zh: String
    /// The message in English.
    public let en: String

    public init(kind: Kind, file: String, line: Int?, zh: String, en: String) {
        self.kind = kind
        self.file = file
        self.line = line
        self.zh = zh
        self.en = en
    }

    /// `file:line: message` (English), as for a compiler diagnostic.
    public var description: String { "\(location): \(en)" }

    /// `file:line: message` in Chinese, or in English when `english` is true.
    public func formatted(english: Bool) -> String { "\(location): \(english ? en : zh)" }

    private var location: String {
        if let line { "\(file):\(line)" } else { file }
    }
}

extension CatalogProblem {
    static func unreadableFile(_ file: String, reason: String) -> CatalogProblem {
        CatalogProblem(kind: .unreadableFile, file: file, line: nil,
                       zh: "无法读取科目文件：\(reason)",
                       en: "cannot read the catalog file: \(reason)")
    }

    static func notUTF8(_ file: String, line: Int) -> CatalogProblem {
        CatalogProblem(kind: .notUTF8, file: file, line: line,
                       zh: "此行不是 UTF-8 编码（文件可能是 GBK 编码，请另存为 UTF-8），已跳过",
                       en: "this line is not UTF-8 (the file may be GBK; save it as UTF-8); line skipped")
    }

    static func invalidCode(_ file: String, line: Int, code: String) -> CatalogProblem {
        CatalogProblem(kind: .invalidCode, file: file, line: line,
                       zh: "“\(code)”不是有效的科目代码（功能分类为以 2 开头的 3/5/7 位数字，经济分类为以 3 开头的 3/5 位数字），已跳过",
                       en: "“\(code)” is not a valid subject code (function codes: 3/5/7 digits starting with 2; economic codes: 3/5 digits starting with 3); line skipped")
    }

    static func missingName(_ file: String, line: Int, code: String) -> CatalogProblem {
        CatalogProblem(kind: .missingName, file: file, line: line,
                       zh: "科目代码 \(code) 缺少名称，已跳过",
                       en: "subject code \(code) has no name; line skipped")
    }

    static func unterminatedQuote(_ file: String, line: Int) -> CatalogProblem {
        CatalogProblem(kind: .unterminatedQuote, file: file, line: line,
                       zh: "引号未闭合，已跳过此行",
                       en: "unterminated quoted field; line skipped")
    }

    static func duplicateCode(_ file: String, line: Int, code: String, firstLine: Int) -> CatalogProblem {
        CatalogProblem(kind: .duplicateCode, file: file, line: line,
                       zh: "科目代码 \(code) 已在第 \(firstLine) 行出现，以本行为准",
                       en: "subject code \(code) already appears on line \(firstLine); this line wins")
    }
}
