/// Line starts of a text, for converting UTF-8 byte offsets to line/column
/// positions in any `PositionEncoding` and back.
///
/// Line terminators are LF, CRLF and a lone CR (as LSP specifies). A line's
/// content excludes its terminator. Conversions clamp out-of-range input the
/// way LSP asks: a column past the end of a line means the end of that line, a
/// line past the end of the text means the end of the text, and a position
/// inside a multi-unit character snaps to the start of that character.
public struct LineIndex: Sendable, Equatable {
    /// Byte offset of the first byte of each line; `lineStarts[0] == 0`.
    public private(set) var lineStarts: [Int]
    /// Total byte length of the text.
    public private(set) var utf8Count: Int

    public init<Bytes: Collection>(utf8 bytes: Bytes) where Bytes.Element == UInt8, Bytes.Index == Int {
        var starts = [0]
        var i = bytes.startIndex
        let end = bytes.endIndex
        while i < end {
            let b = bytes[i]
            if b == 0x0A {
                starts.append(i + 1 - bytes.startIndex)
            } else if b == 0x0D {
                if i + 1 < end, bytes[i + 1] == 0x0A {
                    i += 1
                }
                starts.append(i + 1 - bytes.startIndex)
            }
            i += 1
        }
        lineStarts = starts
        utf8Count = bytes.count
    }

    public init(_ text: String) {
        self.init(utf8: Array(text.utf8))
    }

    public var lineCount: Int { lineStarts.count }

    /// The zero-based line containing `offset` (clamped to the text).
    public func line(containing offset: Int) -> Int {
        let offset = max(0, min(offset, utf8Count))
        var lo = 0, hi = lineStarts.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if lineStarts[mid] <= offset { lo = mid } else { hi = mid - 1 }
        }
        return lo
    }

    /// Byte range of a line's content, without its terminator (clamped to the text).
    public func contentRange(ofLine line: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Range<Int> {
        let line = max(0, min(line, lineStarts.count - 1))
        let start = min(lineStarts[line], bytes.count)
        var end = min(line + 1 < lineStarts.count ? lineStarts[line + 1] : utf8Count, bytes.count)
        if end > start, bytes[end - 1] == 0x0A { end -= 1 }
        if end > start, bytes[end - 1] == 0x0D { end -= 1 }
        return start..<end
    }

    /// The position of a byte offset, columns counted in `encoding`. An offset
    /// inside a multi-byte character counts as the start of that character; an
    /// offset inside a line terminator counts as the end of the line's content.
    public func position(of offset: Int, in bytes: UnsafeBufferPointer<UInt8>, encoding: PositionEncoding) -> LinePosition {
        let offset = max(0, min(offset, utf8Count, bytes.count))
        let line = line(containing: offset)
        let content = contentRange(ofLine: line, in: bytes)
        let target = min(offset, content.upperBound)
        var column = 0
        var i = content.lowerBound
        while i < target {
            let width = UTF8Width.of(leadByte: bytes[i])
            if i + width > target { break }
            column += encoding.units(forUTF8Width: width)
            i += width
        }
        return LinePosition(line: line, character: column)
    }

    /// The byte offset of a position whose column is counted in `encoding`, clamped as LSP specifies:
    /// a negative line means the start of the text, a line past the end means the end of the text, a
    /// column past the line's end means the end of the line's content (before its terminator), and a
    /// column inside a character (inside a UTF-16 surrogate pair, inside a UTF-8 sequence) snaps to
    /// the start of that character.
    public func offset(of position: LinePosition, in bytes: UnsafeBufferPointer<UInt8>, encoding: PositionEncoding) -> Int {
        if position.line < 0 { return 0 }
        if position.line >= lineStarts.count { return utf8Count }
        let content = contentRange(ofLine: position.line, in: bytes)
        var remaining = max(0, position.character)
        var i = content.lowerBound
        while i < content.upperBound, remaining > 0 {
            let width = min(UTF8Width.of(leadByte: bytes[i]), content.upperBound - i)
            let units = encoding.units(forUTF8Width: width)
            if units > remaining { break } // inside a character: snap to its start
            remaining -= units
            i += width
        }
        return min(i, content.upperBound)
    }

    public func position(of offset: Int, in bytes: [UInt8], encoding: PositionEncoding) -> LinePosition {
        bytes.withUnsafeBufferPointer { position(of: offset, in: $0, encoding: encoding) }
    }

    public func offset(of position: LinePosition, in bytes: [UInt8], encoding: PositionEncoding) -> Int {
        bytes.withUnsafeBufferPointer { offset(of: position, in: $0, encoding: encoding) }
    }

    /// Index of the first line start that is `>= offset` (`lineCount` when none is).
    private func firstLineStart(atLeast offset: Int) -> Int {
        var lo = 0, hi = lineStarts.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if lineStarts[mid] < offset { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    /// Updates the index after `edit` was applied; `bytes` is the text *after*
    /// the edit. Costs time in proportion to the edit plus one pass that shifts
    /// the line starts after it (no re-scan of the text).
    ///
    /// Whether a line starts at offset `p` depends only on the bytes at `p - 1`
    /// and `p` (LF before it, or CR before it and no LF at it), so only starts in
    /// `edit.start ... edit.end + 1` (old text) can change.
    public mutating func apply(_ edit: ByteEdit, to bytes: UnsafeBufferPointer<UInt8>) {
        let a = max(0, min(edit.range.start, utf8Count))
        let oldEnd = max(a, min(edit.range.end, utf8Count))
        let newCount = bytes.count
        let newEnd = a + edit.replacementLength
        let delta = newEnd - oldEnd
        let lo = firstLineStart(atLeast: max(a, 1))
        let hi = firstLineStart(atLeast: oldEnd + 2)
        var fresh: [Int] = []
        var p = max(a, 1)
        let last = min(newEnd + 1, newCount)
        while p <= last {
            let before = bytes[p - 1]
            if before == 0x0A || (before == 0x0D && (p == newCount || bytes[p] != 0x0A)) { fresh.append(p) }
            p += 1
        }
        lineStarts.replaceSubrange(lo..<hi, with: fresh)
        if delta != 0 {
            lineStarts.withUnsafeMutableBufferPointer { starts in
                for k in (lo + fresh.count)..<starts.count { starts[k] += delta }
            }
        }
        utf8Count = newCount
    }

    public mutating func apply(_ edit: ByteEdit, to bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { apply(edit, to: $0) }
    }
}

/// Width in bytes of a UTF-8 sequence from its lead byte (1 for stray continuation bytes).
public enum UTF8Width {
    @inline(__always)
    public static func of(leadByte b: UInt8) -> Int {
        if b < 0x80 { return 1 }
        if b >= 0xF0 { return 4 }
        if b >= 0xE0 { return 3 }
        if b >= 0xC0 { return 2 }
        return 1
    }
}

extension PositionEncoding {
    /// Code units this encoding uses for a character of `width` UTF-8 bytes.
    @inline(__always)
    public func units(forUTF8Width width: Int) -> Int {
        switch self {
        case .utf8: return width
        case .utf16: return width == 4 ? 2 : 1
        case .utf32: return 1
        }
    }
}
