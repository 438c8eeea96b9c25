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

    public init(maxContentLength: Int = MessageFramer.defaultMaxContentLength) {
        self.maxContentLength = maxContentLength
    }

    /// Bytes received but not yet returned in an event.
    public var bufferedCount: Int { buffer.count - start + skipping }

    public mutating func push<Bytes: Sequence>(_ bytes: Bytes) where Bytes.Element == UInt8 {
        if skipping > 0, start == buffer.count {
            // Discard an oversized body as it arrives: it is never buffered.
            var rest = Array(bytes)
            let dropped = min(skipping, rest.count)
            skipping -= dropped
            rest.removeFirst(dropped)
            buffer.append(contentsOf: rest)
        } else {
            buffer.append(contentsOf: bytes)
        }
    }

    /// The next complete event, or nil when more bytes are needed.
    public mutating func next() -> Event? {
        while true {
            if skipping > 0 {
                let dropped = min(skipping, buffer.count - start)
                skipping -= dropped
                start += dropped
                if skipping > 0 { compact(); return nil }
            }
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
                    resynchronise(after: start + 1, limit: buffer.count)
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
                    return .tooLarge(length)
                }
                pendingBody = length
            case .failure(let problem):
                resynchronise(after: start + 1, limit: headerEnd + 4)
                return .malformed(problem.message)
            }
        }
    }

    /// Drops bytes up to the next `Content-Length` header at a line start found in
    /// `from..<limit`, or up to `limit` when there is none.
    private mutating func resynchronise(after from: Int, limit: Int) {
        var k = from
        while k < limit {
            if (buffer[k - 1] == 0x0A || buffer[k - 1] == 0x0D), startsWithContentLength(at: k) {
                start = k
                scanFrom = k
                compact()
                return
            }
            k += 1
        }
        start = min(limit, buffer.count)
        scanFrom = start
        compact()
    }

    private func startsWithContentLength(at k: Int) -> Bool {
        let name = Self.contentLengthName
        guard k + name.count <= buffer.count else { return false }
        for j in 0..<name.count where Self.lowercase(buffer[k + j]) != name[j] { return false }
        return true
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

    private struct HeaderProblem: Error { var message: String }

    private func parseHeader(_ range: Range<Int>) -> Result<Int, HeaderProblem> {
        var length: Int?
        var lineStart = range.lowerBound
        while lineStart < range.upperBound {
            var lineEnd = lineStart
            while lineEnd < range.upperBound, !(buffer[lineEnd] == 0x0D && lineEnd + 1 < buffer.count && buffer[lineEnd + 1] == 0x0A) {
                lineEnd += 1
            }
            let line = buffer[lineStart..<lineEnd]
            guard let colon = line.firstIndex(of: UInt8(ascii: ":")) else {
                return .failure(HeaderProblem(message: "header line without a colon"))
            }
            if line.contains(where: { $0 >= 0x80 || ($0 < 0x20 && $0 != 0x09) }) {
                return .failure(HeaderProblem(message: "header with a non-ASCII or control byte"))
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
