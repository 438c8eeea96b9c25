/// Splits a byte stream into LSP base-protocol frames:
///
///     Content-Length: 52\r\n
///     Content-Type: application/vscode-jsonrpc; charset=utf-8\r\n
///     \r\n
///     {…52 bytes of JSON…}
///
/// Header names are case-insensitive; `Content-Type` and unknown headers are
/// accepted and ignored. Bytes may arrive in any chunking. A malformed header
/// block yields a `.malformed` event and the framer resynchronises on the next
/// `Content-Length` header. A `Content-Length` above `maxContentLength` yields
/// `.tooLarge` and the announced body is skipped as it arrives, never buffered.
public struct MessageFramer: Sendable {
    public enum Event: Sendable, Equatable {
        /// A complete body (not yet checked to be JSON).
        case body([UInt8])
        /// A header block that could not be understood.
        case malformed(String)
        /// A body longer than the cap; it is being skipped.
        case tooLarge(Int)
    }

    public static let defaultMaxContentLength = 64 << 20
    /// Longest header block accepted before the framer gives up on it.
    public static let maxHeaderLength = 16 << 10

    public let maxContentLength: Int
    private var buffer: [UInt8] = []
    private var start = 0
    /// Where to resume looking for the end of the header block.
    private var scanFrom = 0
    /// Body length announced by the current header, once it has been read.
    private var pendingBody: Int?
    /// Bytes still to discard from an oversized body.
    private var skipping = 0
    /// The last byte discarded while skipping (to recognise a header at a line start).
    private var lastSkippedByte: UInt8 = 0x0A

    public init(maxContentLength: Int = MessageFramer.defaultMaxContentLength) {
        self.maxContentLength = maxContentLength
    }

    /// Bytes held in memory, received but not yet returned in an event.
    public var bufferedCount: Int { buffer.count - start }

    /// Appends received bytes. Call `next()` until it returns nil after each push:
    /// that is what keeps an oversized body from accumulating.
    public mutating func push<Bytes: Sequence>(_ bytes: Bytes) where Bytes.Element == UInt8 {
        buffer.append(contentsOf: bytes)
    }

    /// The next complete event, or nil when more bytes are needed.
    public mutating func next() -> Event? {
        while true {
            if skipping > 0, !skipOversizedBody() { return nil }
            if let length = pendingBody {
                guard buffer.count - start >= length else { compact(); return nil }
                let body = Array(buffer[start..<start + length])
                start += length
                pendingBody = nil
                scanFrom = start
                compact()
                return .body(body)
            }
            // Skip blank lines between messages (some clients send a trailing CRLF).
            while start + 1 < buffer.count, buffer[start] == 0x0D, buffer[start + 1] == 0x0A { start += 2 }
            scanFrom = max(scanFrom, start)
            guard let headerEnd = findHeaderEnd() else {
                if buffer.count - start > Self.maxHeaderLength {
                    let message = "header block longer than \(Self.maxHeaderLength) bytes"
                    resynchronise(from: start + 1, atLineStartOnly: false, limit: buffer.count)
                    return .malformed(message)
                }
                compact()
                return nil
            }
            switch parseHeader(start..<headerEnd) {
            case .success(let length):
                start = headerEnd + 4
                scanFrom = start
                if length > maxContentLength {
                    skipping = length
                    lastSkippedByte = 0x0A
                    return .tooLarge(length)
                }
                pendingBody = length
            case .failure(let problem):
                if problem.startsWithGarbage {
                    // Junk in front of a header: resume at a Content-Length line inside the block.
                    resynchronise(from: start + 1, atLineStartOnly: true, limit: headerEnd + 4)
                    if start > headerEnd { resynchronise(from: start, atLineStartOnly: false, limit: buffer.count) }
                } else {
                    // A bad header: its body (of unknown length) follows; resume at the next header.
                    start = headerEnd + 4
                    resynchronise(from: start, atLineStartOnly: false, limit: buffer.count)
                }
                return .malformed(problem.message)
            }
        }
    }

    /// Discards the rest of an oversized body as it arrives. Returns true when the
    /// body is skipped, or when a `Content-Length` header turns up at a line start
    /// inside it (a JSON body never has one: the announced length was a lie).
    private mutating func skipOversizedBody() -> Bool {
        let end = skipping > buffer.count - start ? buffer.count : start + skipping
        var k = start
        while k < end {
            let previous = k > start ? buffer[k - 1] : lastSkippedByte
            if previous == 0x0A {
                switch contentLengthMatch(at: k) {
                case .full:
                    skipping = 0
                    start = k
                    scanFrom = k
                    return true
                case .partial:
                    skipping -= k - start
                    start = k
                    lastSkippedByte = 0x0A
                    compact()
                    return false
                case .none:
                    break
                }
            }
            k += 1
        }
        if end > start { lastSkippedByte = buffer[end - 1] }
        skipping -= end - start
        start = end
        scanFrom = start
        compact()
        return skipping == 0
    }

    private enum Match { case full, partial, none }

    private func contentLengthMatch(at k: Int) -> Match {
        let name = Self.contentLengthName
        for j in 0..<name.count {
            guard k + j < buffer.count else { return .partial }
            if Self.lowercase(buffer[k + j]) != name[j] { return .none }
        }
        return .full
    }

    /// Drops bytes up to the next `Content-Length` found in `from..<limit` (only at
    /// a line start if asked), or up to `limit` when there is none, keeping a tail
    /// that could be the start of one.
    private mutating func resynchronise(from: Int, atLineStartOnly: Bool, limit: Int) {
        var k = max(from, 1)
        while k < limit {
            if !atLineStartOnly || buffer[k - 1] == 0x0A || buffer[k - 1] == 0x0D {
                switch contentLengthMatch(at: k) {
                case .full:
                    start = k
                    scanFrom = k
                    compact()
                    return
                case .partial where limit >= buffer.count:
                    start = k
                    scanFrom = k
                    compact()
                    return
                default:
                    break
                }
            }
            k += 1
        }
        start = min(max(limit, start), buffer.count)
        scanFrom = start
        compact()
    }

    private static let contentLengthName: [UInt8] = Array("content-length".utf8)

    @inline(__always)
    private static func lowercase(_ b: UInt8) -> UInt8 {
        b >= 0x41 && b <= 0x5A ? b | 0x20 : b
    }

    private mutating func findHeaderEnd() -> Int? {
        var k = max(scanFrom, start)
        while k + 3 < buffer.count {
            if buffer[k] == 0x0D, buffer[k + 1] == 0x0A, buffer[k + 2] == 0x0D, buffer[k + 3] == 0x0A { return k }
            k += 1
        }
        scanFrom = max(start, buffer.count - 3)
        return nil
    }

    private struct HeaderProblem: Error {
        var message: String
        /// The block's first line is not a header at all (junk before a header).
        var startsWithGarbage = false
    }

    private func parseHeader(_ range: Range<Int>) -> Result<Int, HeaderProblem> {
        var length: Int?
        var lineStart = range.lowerBound
        while lineStart < range.upperBound {
            var lineEnd = lineStart
            while lineEnd < range.upperBound, !(buffer[lineEnd] == 0x0D && lineEnd + 1 < buffer.count && buffer[lineEnd + 1] == 0x0A) {
                lineEnd += 1
            }
            let line = buffer[lineStart..<lineEnd]
            let isFirst = lineStart == range.lowerBound
            guard let colon = line.firstIndex(of: UInt8(ascii: ":")) else {
                return .failure(HeaderProblem(message: "header line without a colon", startsWithGarbage: isFirst))
            }
            if line.contains(where: { $0 >= 0x80 || ($0 < 0x20 && $0 != 0x09) }) {
                return .failure(HeaderProblem(message: "header with a non-ASCII or control byte", startsWithGarbage: isFirst))
            }
            let name = String(decoding: buffer[lineStart..<colon], as: UTF8.self).trimmingSpaces().lowercased()
            let value = String(decoding: buffer[(colon + 1)..<lineEnd], as: UTF8.self).trimmingSpaces()
            if name == "content-length" {
                guard !value.isEmpty, value.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else {
                    return .failure(HeaderProblem(message: "Content-Length is not a non-negative integer: \(value)"))
                }
                // Anything too long for Int is certainly over any cap.
                let parsed = Int(value) ?? Int.max
                if let length, length != parsed {
                    return .failure(HeaderProblem(message: "conflicting Content-Length headers"))
                }
                length = parsed
            } else if name.isEmpty {
                return .failure(HeaderProblem(message: "header line with an empty name"))
            }
            lineStart = lineEnd + 2
        }
        guard let length else { return .failure(HeaderProblem(message: "missing Content-Length header")) }
        return .success(length)
    }

    /// Keeps the buffer from growing: drops consumed bytes once they dominate it.
    private mutating func compact() {
        if start == buffer.count {
            buffer.removeAll(keepingCapacity: buffer.capacity <= 1 << 20)
            scanFrom -= start
            start = 0
        } else if start > 4096, start * 2 > buffer.count {
            buffer.removeSubrange(0..<start)
            scanFrom -= start
            start = 0
        }
        scanFrom = max(scanFrom, 0)
    }
}

extension String {
    func trimmingSpaces() -> String {
        var s = Substring(self)
        while let f = s.first, f == " " || f == "\t" { s.removeFirst() }
        while let l = s.last, l == " " || l == "\t" { s.removeLast() }
        return String(s)
    }
}
