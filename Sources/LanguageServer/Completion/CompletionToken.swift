/// The text being typed in a table cell: from the start of the cell (after a TAB, `|`, a
/// space, `>` or the line start) to the cursor, and what came before it on the line.
struct CompletionToken: Equatable {
    /// Byte range of the typed text (ends at the cursor).
    var range: Range<Int>
    /// The typed text.
    var text: String
    /// True when nothing but whitespace precedes it on its line (the row's first cell).
    var isFirstField: Bool
    /// The field before it on the line, when there is one (`2010401` when typing a name after a code).
    var previousField: String?

    /// True when the typed text is ASCII digits only.
    var isDigits: Bool { !text.isEmpty && text.utf8.allSatisfy { (0x30...0x39).contains($0) } }

    static func isSeparator(_ byte: UInt8) -> Bool {
        byte == 0x09 || byte == 0x20 || byte == UInt8(ascii: "|") || byte == UInt8(ascii: ">")
    }

    static func isLineBreak(_ byte: UInt8) -> Bool { byte == 0x0A || byte == 0x0D }

    /// The token ending at `offset`; nil when the cursor is not after typed text.
    static func at(_ offset: Int, in bytes: [UInt8]) -> CompletionToken? {
        guard offset >= 0, offset <= bytes.count else { return nil }
        var start = offset
        while start > 0, !isSeparator(bytes[start - 1]), !isLineBreak(bytes[start - 1]), !isIdeographicSpace(before: start, bytes) {
            start -= 1
        }
        guard start < offset else { return nil }
        let text = String(decoding: bytes[start..<offset], as: UTF8.self)
        // What precedes on the line: skip separators back to the previous field.
        var cursor = start
        while cursor > 0, isSeparator(bytes[cursor - 1]) || isIdeographicSpace(before: cursor, bytes) {
            cursor -= isIdeographicSpace(before: cursor, bytes) ? 3 : 1
        }
        let isFirstField = cursor == 0 || isLineBreak(bytes[cursor - 1])
        var previousField: String?
        if !isFirstField {
            var fieldStart = cursor
            while fieldStart > 0, !isSeparator(bytes[fieldStart - 1]), !isLineBreak(bytes[fieldStart - 1]) { fieldStart -= 1 }
            previousField = String(decoding: bytes[fieldStart..<cursor], as: UTF8.self)
        }
        return CompletionToken(range: start..<offset, text: text, isFirstField: isFirstField, previousField: previousField)
    }

    /// U+3000 (E3 80 80) ends right before `index`.
    private static func isIdeographicSpace(before index: Int, _ bytes: [UInt8]) -> Bool {
        index >= 3 && bytes[index - 3] == 0xE3 && bytes[index - 2] == 0x80 && bytes[index - 1] == 0x80
    }
}
