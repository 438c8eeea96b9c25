#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// A JSON-RPC connection over two file descriptors (stdin/stdout, or pipes in
/// tests). `run` reads on the calling thread until end of input; `send` may be
/// called from any thread.
///
/// `@unchecked Sendable`: the only mutable state is the output descriptor's
/// write position, and every write happens under `writeLock`.
public final class Connection: @unchecked Sendable {
    private let input: Int32
    private let output: Int32
    private let writeLock = NSLock()
    private let maxContentLength: Int
    private let log: @Sendable (String) -> Void

    public init(input: Int32, output: Int32, maxContentLength: Int = MessageFramer.defaultMaxContentLength,
                log: @escaping @Sendable (String) -> Void = { _ in })
    {
        self.input = input
        self.output = output
        self.maxContentLength = maxContentLength
        self.log = log
    }

    /// Writes one framed message. Returns false when the peer has gone away.
    @discardableResult
    public func send(_ message: Message) -> Bool {
        let bytes = MessageWriter.frame(message)
        writeLock.lock()
        defer { writeLock.unlock() }
        return bytes.withUnsafeBytes { raw -> Bool in
            var offset = 0
            while offset < raw.count {
                let n = write(output, raw.baseAddress! + offset, raw.count - offset)
                if n < 0 {
                    if errno == EINTR || errno == EAGAIN { continue }
                    return false
                }
                offset += n
            }
            return true
        }
    }

    /// Reads until end of input. Each read's valid messages are handed to
    /// `receive` as one batch, in order; invalid ones are answered here with the
    /// error the JSON-RPC specification asks for.
    public func run(_ receive: ([Message]) -> Void) {
        var reader = MessageReader(maxContentLength: maxContentLength)
        var chunk = [UInt8](repeating: 0, count: 64 << 10)
        while true {
            let n = chunk.withUnsafeMutableBytes { read(input, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                log("read failed: errno \(errno)")
                break
            }
            if n == 0 { break }
            reader.push(chunk[0..<n])
            var batch: [Message] = []
            for event in reader.events() {
                switch event {
                case .message(let message):
                    batch.append(message)
                case .invalid(let invalid):
                    if !batch.isEmpty { receive(batch); batch = [] }
                    log("rejected input: \(invalid.error)")
                    send(.errorResponse(id: invalid.id, error: invalid.error))
                }
            }
            if !batch.isEmpty { receive(batch) }
        }
        if reader.bufferedCount > 0 {
            log("end of input inside a message (\(reader.bufferedCount) bytes discarded)")
        }
    }
}
