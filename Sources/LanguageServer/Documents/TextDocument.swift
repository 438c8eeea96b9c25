import JSONRPC
import Report

/// One open document: its text as UTF-8 bytes with an incrementally maintained
/// line index. An incremental change costs the edit plus one `memmove` of the
/// bytes after it and one pass over the line starts after it.
public struct TextDocument: Sendable {
    public let uri: String
    public var languageID: String
    public private(set) var version: Int
    public private(set) var bytes: [UInt8]
    public private(set) var lineIndex: LineIndex

    public init(uri: String, languageID: String = "plaintext", version: Int, text: String) {
        self.uri = uri
        self.languageID = languageID
        self.version = version
        bytes = Array(text.utf8)
        lineIndex = LineIndex(utf8: bytes)
    }

    public var text: String { String(decoding: bytes, as: UTF8.self) }

    public func converter(_ encoding: PositionEncoding) -> PositionConverter {
        PositionConverter(bytes: bytes, lineIndex: lineIndex, encoding: encoding)
    }

    /// Replaces the bytes in `range` (clamped to the text) by `newText`; returns the edit made.
    @discardableResult
    public mutating func replace(_ range: SourceRange, with newText: String) -> ByteEdit {
        let start = max(0, min(range.start, bytes.count))
        let end = max(start, min(range.end, bytes.count))
        let replacement = Array(newText.utf8)
        bytes.replaceSubrange(start..<end, with: replacement)
        let edit = ByteEdit(range: SourceRange(start: start, end: end), replacementLength: replacement.count)
        lineIndex.apply(edit, to: bytes)
        return edit
    }

    /// Replaces the whole text; returns the edit made.
    @discardableResult
    public mutating func replaceAll(with newText: String) -> ByteEdit {
        let edit = ByteEdit(range: SourceRange(start: 0, end: bytes.count), replacementLength: newText.utf8.count)
        bytes = Array(newText.utf8)
        lineIndex = LineIndex(utf8: bytes)
        return edit
    }

    /// Applies one `TextDocumentContentChangeEvent` whose range is counted in `encoding`.
    @discardableResult
    public mutating func apply(change: Params, encoding: PositionEncoding) throws(ResponseError) -> ByteEdit {
        let newText = try change.required("text").string()
        guard let range = try change.optional("range") else { return replaceAll(with: newText) }
        let byteRange = try converter(encoding).sourceRange(range)
        return replace(byteRange, with: newText)
    }

    public mutating func setVersion(_ version: Int) { self.version = version }
}
