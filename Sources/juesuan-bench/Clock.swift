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

    /// CPU time used by this process (all threads), in nanoseconds.
    static func cpuNow() -> UInt64 {
        var t = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t)
        return UInt64(t.tv_sec) * 1_000_000_000 + UInt64(t.tv_nsec)
    }

    /// The 1-minute load average (how busy the machine was: other processes skew wall times).
    static func loadAverage() -> Double? {
        var loads = [0.0, 0.0, 0.0]
        return getloadavg(&loads, 3) >= 1 ? loads[0] : nil
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

    /// Runs `body` and returns its wall and CPU time in milliseconds.
    static func measureWithCPU(_ body: () -> Void) -> (wall: Double, cpu: Double) {
        let start = now(), cpuStart = cpuNow()
        body()
        let cpu = ms(cpuStart, cpuNow())
        return (ms(start, now()), cpu)
    }
}
