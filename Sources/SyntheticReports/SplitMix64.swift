/// A small, fast, fully deterministic pseudo-random generator (SplitMix64).
///
/// The generator never touches the system RNG: the same seed always yields the same
/// sequence on every platform, so generated reports are byte-for-byte reproducible.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    private var state: UInt64

    public init(seed: UInt64) {
        state = seed
    }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A uniformly distributed integer in `range` (closed), without modulo bias worth caring about
    /// for fixture generation (ranges are tiny compared with 2^64).
    public mutating func int(_ range: ClosedRange<Int64>) -> Int64 {
        let width = UInt64(range.upperBound - range.lowerBound) &+ 1
        if width == 0 { return Int64(bitPattern: next()) }
        return range.lowerBound + Int64(next() % width)
    }

    public mutating func int(_ range: ClosedRange<Int>) -> Int {
        Int(int(Int64(range.lowerBound)...Int64(range.upperBound)))
    }

    /// True with probability `percent`/100.
    public mutating func chance(_ percent: Int) -> Bool {
        int(0...99) < percent
    }

    public mutating func pick<T>(_ items: [T]) -> T {
        items[int(0...(items.count - 1))]
    }

    /// `count` distinct elements of `items`, in their original order.
    public mutating func pickSubset<T>(_ items: [T], count: Int) -> [T] {
        var indices = Array(items.indices)
        var chosen: [Int] = []
        for _ in 0..<min(count, items.count) {
            let at = int(0...(indices.count - 1))
            chosen.append(indices.remove(at: at))
        }
        return chosen.sorted().map { items[$0] }
    }

    /// Splits `total` into parts proportional to `weights`; the parts sum to `total` exactly.
    public mutating func partition(_ total: Int64, weights: [Int64]) -> [Int64] {
        let weightSum = weights.reduce(0, +)
        guard weightSum > 0, !weights.isEmpty else { return weights.map { _ in 0 } }
        var parts = weights.map { total * $0 / weightSum }
        var rest = total - parts.reduce(0, +)
        var index = 0
        while rest > 0 {
            if weights[index % weights.count] > 0 { parts[index % weights.count] += 1; rest -= 1 }
            index += 1
        }
        return parts
    }

    /// `value` scaled by a random factor between `lowPercent` and `highPercent` (integer maths).
    public mutating func scale(_ value: Int64, _ lowPercent: Int64, _ highPercent: Int64) -> Int64 {
        value * int(lowPercent * 10...highPercent * 10) / 1000
    }
}
