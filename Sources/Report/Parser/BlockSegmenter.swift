/// What a block is: a table (from its title line to its last note line) or a run of
/// narrative text.
enum BlockKind: Hashable, Sendable {
    case table(TableKind)
    /// `partNumber`: the block starts with a `第N部分` heading. `opensReport`: it starts with a report title.
    case narrative(partNumber: Int?, opensReport: Bool)
}

/// A block's extent in the text it was segmented from.
struct BlockSpan: Hashable, Sendable {
    var range: Range<Int>
    var kind: BlockKind
}

/// Splits text into blocks, line by line.
///
/// Restartable: the segmentation from any block start depends only on the text from
/// there on (decisions look ahead a few lines, never back across a block start), so the
/// incremental parser can re-segment from a block start and stop as soon as a new block
/// boundary coincides with an old one after the edit.
enum BlockSegmenter {
    /// Segments `bytes[start...]`. `shouldStop(p)` is asked at every new block start `p`
    /// after `start`; when it returns true, segmentation ends there and `stoppedAt == p`.
    static func segment(_ bytes: [UInt8], from start: Int, shouldStop: (Int) -> Bool) -> (blocks: [BlockSpan], stoppedAt: Int?) {
        let end = bytes.count
        var blocks: [BlockSpan] = []
        var current: (start: Int, kind: BlockKind)?
        var inTrailer = false
        var trailerClosed = false
        var suppressUntil = -1          // a report title found by look-ahead: no new block until past it
        var lineStart = start
        var currentHasContent = false

        // Closes the current block and opens one at `p`. Returns true when segmentation must stop.
        func open(_ kind: BlockKind, at p: Int) -> Bool {
            if let c = current, !currentHasContent {
                // Only blank lines so far: the block takes the new kind instead of being split.
                current = (c.start, kind)
                inTrailer = false
                trailerClosed = false
                currentHasContent = true
                return false
            }
            if let c = current {
                if c.start < p { blocks.append(BlockSpan(range: c.start..<p, kind: c.kind)) }
                if p > start, shouldStop(p) { current = nil; return true }
            }
            current = (p, kind)
            currentHasContent = true
            inTrailer = false
            trailerClosed = false
            return false
        }

        while lineStart < end {
            let lineEnd = ByteText.lineEnd(bytes, from: lineStart, limit: end)
            let next = ByteText.nextLineStart(bytes, afterLineEnd: lineEnd, limit: end)
            let line = lineStart..<lineEnd
            let cls = LineClassifier.classify(bytes, line)
            var boundary: BlockKind?
            switch cls {
            case .tableTitle(let kind, _, _, _, _):
                boundary = .table(kind)
            case .partHeading(let n):
                boundary = .narrative(partNumber: n, opensReport: false)
            case .reportTitle:
                if lineStart > suppressUntil { boundary = .narrative(partNumber: nil, opensReport: true) }
            case .blank:
                break
            case .note, .explanation:
                if case .table = current?.kind {
                    inTrailer = true
                    trailerClosed = endsSentence(bytes, line)
                }
            case .other:
                if lineStart > suppressUntil, let titleLine = reportTitleAhead(bytes, from: lineStart, lineEnd: lineEnd) {
                    boundary = .narrative(partNumber: nil, opensReport: true)
                    suppressUntil = titleLine
                } else if case .table = current?.kind, inTrailer {
                    if trailerClosed && !isNumberedLine(bytes, line) {
                        boundary = .narrative(partNumber: nil, opensReport: false)
                    } else {
                        trailerClosed = endsSentence(bytes, line)
                    }
                }
            }
            if let kind = boundary {
                if open(kind, at: lineStart) { return (blocks, lineStart) }
            } else if current == nil {
                current = (lineStart, .narrative(partNumber: nil, opensReport: false))
                currentHasContent = cls != .blank
            } else if cls != .blank {
                currentHasContent = true
            }
            lineStart = next
        }
        if let c = current, c.start < end { blocks.append(BlockSpan(range: c.start..<end, kind: c.kind)) }
        return (blocks, nil)
    }

    /// True when the line's text ends a sentence (。 or ；).
    private static func endsSentence(_ bytes: [UInt8], _ line: Range<Int>) -> Bool {
        let t = ByteText.trimmed(bytes, line)
        guard t.count >= 3 else { return false }
        let tail = Array(bytes[(t.upperBound - 3)..<t.upperBound])
        return tail == [0xE3, 0x80, 0x82]
    }

    private static let fullWidthParen: [UInt8] = Array("（".utf8)

    /// A numbered note continuation (`2.其他资金…`, `（2）…`).
    private static func isNumberedLine(_ bytes: [UInt8], _ line: Range<Int>) -> Bool {
        let t = ByteText.trimmed(bytes, line)
        guard let first = t.first else { return false }
        if bytes[first] >= 0x30 && bytes[first] <= 0x39 { return true }
        return LineClassifier.hasPrefix(bytes, t, fullWidthParen) || bytes[first] == 0x28
    }

    /// When the line at `lineStart` is a short plain line (a department name) followed,
    /// within two more non-blank short lines, by a report title: the title line's start.
    private static func reportTitleAhead(_ bytes: [UInt8], from lineStart: Int, lineEnd: Int) -> Int? {
        guard isShortPlain(bytes, lineStart..<lineEnd) else { return nil }
        var p = ByteText.nextLineStart(bytes, afterLineEnd: lineEnd, limit: bytes.count)
        var seen = 0
        while p < bytes.count, seen < 2 {
            let e = ByteText.lineEnd(bytes, from: p, limit: bytes.count)
            let line = p..<e
            if !ByteText.isBlank(bytes, line) {
                seen += 1
                let cls = LineClassifier.classify(bytes, line)
                if cls == .reportTitle { return p }
                if cls != .other || !isShortPlain(bytes, line) { return nil }
            }
            p = ByteText.nextLineStart(bytes, afterLineEnd: e, limit: bytes.count)
        }
        return nil
    }

    /// A short line without TAB, digits, or sentence punctuation.
    private static func isShortPlain(_ bytes: [UInt8], _ line: Range<Int>) -> Bool {
        let t = ByteText.trimmed(bytes, LineClassifier.stripHeadingMarks(bytes, line))
        guard !t.isEmpty, t.count <= 60 else { return false }
        var i = t.lowerBound
        while i < t.upperBound {
            let b = bytes[i]
            if b == 0x09 || (b >= 0x30 && b <= 0x39) || b == 0x3A || b == 0x7C { return false }
            if b == 0xEF, i + 2 < t.upperBound, bytes[i + 1] == 0xBC {
                let c = bytes[i + 2]
                if c == 0x9A || c == 0x8C || c == 0x9B { return false }   // ： ， ；
            }
            if b == 0xE3, i + 2 < t.upperBound, bytes[i + 1] == 0x80, bytes[i + 2] == 0x82 || bytes[i + 2] == 0x81 { return false }  // 。、
            i += 1
        }
        return true
    }
}
