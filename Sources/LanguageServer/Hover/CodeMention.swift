import Catalog
import Report

/// A subject code the cursor is on: in a table row (its code or its name), on a 类 label of
/// table 01/04, written bare in the narrative (`2010401`), or named by a 类/款/项 phrase
/// (`一般公共服务支出（类）发展与改革事务（款）行政运行（项）`).
struct CodeMention: Sendable {
    enum Subject: Sendable {
        /// A valid code (known to the catalog or not).
        case code(ClassificationCode)
        /// Digits in a code column that are not a valid code.
        case invalidCode(String)
        /// A phrase part whose name the catalog does not have under the parts before it.
        case unresolvedPhrase(part: SubjectPhrase.Part, knownParents: [CatalogEntry])
    }

    var subject: Subject
    /// What the hover covers.
    var range: SourceRange
    /// The name the document gives the code here.
    var writtenName: String?
    /// The report it is in (for the document's figures), when any.
    var reportIndex: Int?

    var code: ClassificationCode? {
        if case .code(let code) = subject { return code }
        return nil
    }

    /// The mention at `offset`: the model's rows first, then bare codes and phrases in the text.
    static func at(_ offset: Int, document: ReportDocument, bytes: [UInt8], catalog: Catalog) -> CodeMention? {
        let location = document.location(at: offset)
        if let location, let table = document.table(at: location), let rowIndex = location.row,
           table.rows.indices.contains(rowIndex) {
            let row = table.rows[rowIndex]
            switch location.part {
            case .code, .name:
                if let code = row.code {
                    let range = location.part == .code ? code.range : row.name?.range ?? code.range
                    let subject: Subject = ClassificationCode(code.text).map { .code($0) } ?? .invalidCode(code.text)
                    return CodeMention(subject: subject, range: range, writtenName: row.name?.written, reportIndex: location.report)
                }
                if let digits = row.categoryCode, let code = ClassificationCode(digits), let name = row.name {
                    return CodeMention(subject: .code(code), range: name.range,
                                       writtenName: SubjectName.strippingOrdinal(name.written), reportIndex: location.report)
                }
                return nil
            case .cell:
                return nil
            default:
                break
            }
        }
        let reportIndex = location?.report
        if let bare = bareCode(at: offset, bytes: bytes, catalog: catalog) {
            return CodeMention(subject: .code(bare.code), range: bare.range, writtenName: nil, reportIndex: reportIndex)
        }
        return phrase(at: offset, bytes: bytes, catalog: catalog, reportIndex: reportIndex)
    }

    // MARK: Bare codes in prose

    /// Characters after a number that make it a quantity, not a code (`300万元`, `215个`).
    private static let quantitySuffixes: Set<Character> = [
        "万", "元", "亿", "%", "％", "个", "人", "辆", "台", "套", "年", "月", "日", "次", "名", "位", "家", "户",
        "倍", "分", "项", "所", "间", "平", "米", "吨", "份", "件", "张", "天", "小",
    ]

    /// A run of ASCII digits touching `offset` that is a code the catalog knows and not part of
    /// a larger number or a quantity.
    static func bareCode(at offset: Int, bytes: [UInt8], catalog: Catalog) -> (code: ClassificationCode, range: SourceRange)? {
        guard let run = digitRun(touching: offset, in: bytes) else { return nil }
        guard run.count == 3 || run.count == 5 || run.count == 7,
              let code = ClassificationCode(utf8: bytes[run]), catalog.entry(for: code) != nil else { return nil }
        if run.lowerBound > 0, [UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: "-")].contains(bytes[run.lowerBound - 1]) {
            return nil
        }
        var next = run.upperBound
        while next < bytes.count, bytes[next] == 0x20 { next += 1 }
        if next < bytes.count {
            if bytes[next] == UInt8(ascii: ".") || bytes[next] == UInt8(ascii: ",") { return nil }
            if let character = firstCharacter(in: bytes, at: next), quantitySuffixes.contains(character) { return nil }
        }
        return (code, SourceRange(run))
    }

    /// The maximal run of ASCII digits containing `offset` or ending at it.
    static func digitRun(touching offset: Int, in bytes: [UInt8]) -> Range<Int>? {
        func isDigit(_ index: Int) -> Bool { index >= 0 && index < bytes.count && (0x30...0x39).contains(bytes[index]) }
        var start = offset
        if !isDigit(start) {
            guard isDigit(offset - 1) else { return nil }
            start = offset - 1
        }
        var end = start
        while isDigit(start - 1) { start -= 1 }
        while isDigit(end) { end += 1 }
        return start..<end
    }

    private static func firstCharacter(in bytes: [UInt8], at index: Int) -> Character? {
        let end = min(bytes.count, index + 4)
        return String(decoding: bytes[index..<end], as: UTF8.self).first
    }

    // MARK: 类/款/项 phrases

    /// The phrase part (name or marker) touching `offset` on its line, resolved in the catalog.
    static func phrase(at offset: Int, bytes: [UInt8], catalog: Catalog, reportIndex: Int?) -> CodeMention? {
        // Cheap test before decoding anything: every marker holds 类, 款 or 项.
        guard containsLevelCharacter(bytes[lineRange(around: offset, in: bytes)]) else { return nil }
        let window = PhraseWindow(around: offset, in: bytes)
        guard let phrase = SubjectPhrase.parse(window.text) else { return nil }
        let local = window.offset
        // Inside a part's name or marker; else right after a marker (the cursor at its end).
        let parts = phrase.parts
        guard let index = parts.firstIndex(where: { ($0.nameRange.lowerBound..<$0.markerRange.upperBound).contains(local) })
            ?? parts.firstIndex(where: { $0.markerRange.upperBound == local }),
            !parts[index].name.isEmpty else { return nil }
        let part = parts[index]
        let range = window.sourceRange(part.nameRange.lowerBound..<part.markerRange.upperBound)
        let resolution = catalog.resolve(phrase)
        if index < resolution.matched.count {
            let entry = resolution.matched[index]
            return CodeMention(subject: .code(entry.code), range: range, writtenName: nil, reportIndex: reportIndex)
        }
        // A 款 or 项 named without its 类 whose name only one code has.
        if index == 0, part.level != .category {
            let candidates = namesakes(of: part, in: catalog)
            if candidates.count == 1, let only = candidates.first {
                return CodeMention(subject: .code(only.code), range: range, writtenName: nil, reportIndex: reportIndex)
            }
        }
        return CodeMention(subject: .unresolvedPhrase(part: part, knownParents: Array(resolution.matched.prefix(index))),
                           range: range, writtenName: part.name, reportIndex: reportIndex)
    }

    /// The function codes of the part's level whose name ends the written run (`其中行政运行` → every
    /// 行政运行), the longest name that does.
    static func namesakes(of part: SubjectPhrase.Part, in catalog: Catalog) -> [CatalogEntry] {
        let written = SubjectName.normalized(part.name)
        var best: [CatalogEntry] = []
        var bestLength = 0
        for entry in catalog.entries where entry.code.kind == .function && entry.code.level == part.level {
            let name = SubjectName.normalized(entry.name)
            guard !name.isEmpty, written.hasSuffix(name), name.count >= bestLength else { continue }
            if name.count > bestLength { best = [] }
            best.append(entry)
            bestLength = name.count
        }
        return best
    }


    /// The line (without its terminator) holding `offset`.
    static func lineRange(around offset: Int, in bytes: [UInt8]) -> Range<Int> {
        let clamped = max(0, min(offset, bytes.count))
        var start = clamped
        while start > 0, bytes[start - 1] != 0x0A, bytes[start - 1] != 0x0D { start -= 1 }
        var end = clamped
        while end < bytes.count, bytes[end] != 0x0A, bytes[end] != 0x0D { end += 1 }
        return start..<end
    }

    /// 类 E7 B1 BB, 款 E6 AC BE, 项 E9 A1 B9.
    private static func containsLevelCharacter(_ bytes: ArraySlice<UInt8>) -> Bool {
        var index = bytes.startIndex
        while index + 2 < bytes.endIndex {
            switch (bytes[index], bytes[index + 1], bytes[index + 2]) {
            case (0xE7, 0xB1, 0xBB), (0xE6, 0xAC, 0xBE), (0xE9, 0xA1, 0xB9): return true
            default: index += 1
            }
        }
        return false
    }
}
