#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Monotonic time in nanoseconds.
enum Clock {
    static func now() -> UInt64 {
        var t = timespec()
        clock_gettime(CLOCK_MONOTONIC, &t)
        return UInt64(t.tv_sec) * 1_000_000_000 + UInt64(t.tv_nsec)
    }

    /// Milliseconds between two `now()` readings.
    static func ms(_ start: UInt64, _ end: UInt64) -> Double {
        Double(end &- start) / 1_000_000
    }

    /// Runs `body` and returns its duration in milliseconds.
    static func measure(_ body: () -> Void) -> Double {
        let start = now()
        body()
        return ms(start, now())
    }
}
