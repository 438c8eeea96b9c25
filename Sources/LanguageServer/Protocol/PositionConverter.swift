import JSONRPC
import Report

/// Converts between UTF-8 byte offsets (used everywhere inside) and LSP
/// positions/ranges in the negotiated encoding, for one version of one text.
public struct PositionConverter {
    public let bytes: [UInt8]
    public let lineIndex: LineIndex
    public let encoding: PositionEncoding

    public init(bytes: [UInt8], lineIndex: LineIndex, encoding: PositionEncoding) {
        self.bytes = bytes
        self.lineIndex = lineIndex
        self.encoding = encoding
    }

    public func position(of offset: Int) -> LinePosition {
        lineIndex.position(of: offset, in: bytes, encoding: encoding)
    }

    public func offset(of position: LinePosition) -> Int {
        lineIndex.offset(of: position, in: bytes, encoding: encoding)
    }

    public func json(_ range: SourceRange) -> JSONValue {
        ["start": Self.json(position(of: range.start)), "end": Self.json(position(of: range.end))]
    }

    public static func json(_ position: LinePosition) -> JSONValue {
        ["line": .int(position.line), "character": .int(position.character)]
    }

    /// A byte range from an LSP `Range`, clamped to the text; a reversed range is normalised.
    public func sourceRange(_ params: Params) throws(ResponseError) -> SourceRange {
        let start = offset(of: try Self.linePosition(params.required("start")))
        let end = offset(of: try Self.linePosition(params.required("end")))
        return SourceRange(start: min(start, end), end: max(start, end))
    }

    public static func linePosition(_ params: Params) throws(ResponseError) -> LinePosition {
        LinePosition(line: try params.required("line").uinteger(), character: try params.required("character").uinteger())
    }
}
