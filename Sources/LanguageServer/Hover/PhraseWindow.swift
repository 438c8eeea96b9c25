import Report

/// The clause around an offset, read across line breaks: the text a 类/款/项 phrase can span.
///
/// Narrative is often hard-wrapped inside a phrase (`卫生健` ⏎ `康（类）支出`, `其他技术研` ⏎ `究与开发支出（项）`),
/// and one line can hold several phrases (`…（类）支出 28.67 万元，占 7.24%；资源勘探工业信息（类）`). The
/// window joins the line with its neighbours, keeps the clause holding the offset (cut at `，。；：、！？`
/// and their ASCII forms) and maps its offsets back to the document.
struct PhraseWindow {
    /// One joined line: where it starts in the joined text and in the document.
    private struct Piece {
        var joinedStart: Int
        var sourceStart: Int
        var length: Int
        var joinedEnd: Int { joinedStart + length }
    }

    /// The clause, line breaks removed.
    let text: String
    /// The offset asked about, in `text` (UTF-8).
    let offset: Int
    private let pieces: [Piece]
    /// Where `text` starts in the joined lines.
    private let clauseStart: Int

    private static let clauseStops: Set<Character> = ["，", "。", "；", "：", "、", "！", "？", ",", ";", ":", "!", "?"]

    init(around offset: Int, in bytes: [UInt8]) {
        let current = CodeMention.lineRange(around: offset, in: bytes)
        var lines = [current]
        if let previous = Self.neighbour(of: current, in: bytes, forward: false) { lines.insert(previous, at: 0) }
        if let following = Self.neighbour(of: current, in: bytes, forward: true) { lines.append(following) }
        var joined: [UInt8] = []
        var pieces: [Piece] = []
        for line in lines {
            pieces.append(Piece(joinedStart: joined.count, sourceStart: line.lowerBound, length: line.count))
            joined += bytes[line]
        }
        let cursor = pieces.first { offset >= $0.sourceStart && offset <= $0.sourceStart + $0.length }
            .map { $0.joinedStart + offset - $0.sourceStart } ?? 0
        let full = String(decoding: joined, as: UTF8.self)
        // The clause: after the last stop that ends before the cursor, up to the first stop after it.
        var clauseStart = 0
        var clauseEnd = joined.count
        var position = 0
        for character in full {
            let width = character.utf8.count
            if Self.clauseStops.contains(character) {
                if position + width <= cursor {
                    clauseStart = position + width
                } else if position >= cursor {
                    clauseEnd = position
                    break
                }
            }
            position += width
        }
        self.pieces = pieces
        self.clauseStart = clauseStart
        text = String(decoding: joined[clauseStart..<clauseEnd], as: UTF8.self)
        self.offset = cursor - clauseStart
    }

    /// The nearest non-blank line before or after `line`, over at most one blank line (a wrap
    /// sometimes leaves one, as a page break does).
    private static func neighbour(of line: Range<Int>, in bytes: [UInt8], forward: Bool) -> Range<Int>? {
        var current = line
        for _ in 0..<2 {
            guard let next = adjacentLine(of: current, in: bytes, forward: forward) else { return nil }
            if bytes[next].contains(where: { $0 != 0x20 && $0 != 0x09 }) { return next }
            current = next
        }
        return nil
    }

    /// The line right before or after `line` (its content, without terminator).
    private static func adjacentLine(of line: Range<Int>, in bytes: [UInt8], forward: Bool) -> Range<Int>? {
        if forward {
            var next = line.upperBound
            if next < bytes.count, bytes[next] == 0x0D { next += 1 }
            if next < bytes.count, bytes[next] == 0x0A, next == line.upperBound || bytes[next - 1] == 0x0D { next += 1 }
            guard next > line.upperBound, next < bytes.count else { return nil }
            return CodeMention.lineRange(around: next, in: bytes)
        }
        let start = line.lowerBound
        guard start > 0 else { return nil }
        let crlf = start >= 2 && bytes[start - 1] == 0x0A && bytes[start - 2] == 0x0D
        return CodeMention.lineRange(around: start - (crlf ? 2 : 1), in: bytes)
    }

    /// The document range of a byte range of `text` (it may span a line break).
    func sourceRange(_ range: Range<Int>) -> SourceRange {
        SourceRange(start: source(range.lowerBound + clauseStart, isEnd: false),
                    end: source(range.upperBound + clauseStart, isEnd: true))
    }

    /// A joined offset in the document; at a line boundary a start belongs to the next line, an end to the previous.
    private func source(_ joined: Int, isEnd: Bool) -> Int {
        for piece in pieces where joined < piece.joinedEnd || (isEnd && joined == piece.joinedEnd) {
            return piece.sourceStart + joined - piece.joinedStart
        }
        return pieces.last.map { $0.sourceStart + $0.length } ?? 0
    }
}
