#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes log lines to a file descriptor (stderr or a log file), never stdout.
/// Each line is one `write`, so lines from different threads do not interleave.
public struct ServerLog: Sendable {
    public let descriptor: Int32?

    public init(descriptor: Int32?) {
        self.descriptor = descriptor
    }

    public static let standardError = ServerLog(descriptor: 2)
    public static let silent = ServerLog(descriptor: nil)

    public func callAsFunction(_ message: String) {
        guard let descriptor else { return }
        var line = Array("juesuan-ls: \(message)\n".utf8)
        line.withUnsafeMutableBytes { raw in
            var offset = 0
            while offset < raw.count {
                let n = write(descriptor, raw.baseAddress! + offset, raw.count - offset)
                if n <= 0 { return }
                offset += n
            }
        }
    }
}
