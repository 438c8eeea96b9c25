/// Durations in milliseconds and their percentiles (nearest rank).
struct Samples {
    private(set) var values: [Double] = []

    init(_ values: [Double] = []) { self.values = values }

    mutating func add(_ value: Double) { values.append(value) }

    var count: Int { values.count }
    var isEmpty: Bool { values.isEmpty }

    /// The `p`-th percentile (0…100) by nearest rank; nil without samples.
    func percentile(_ p: Double) -> Double? {
        guard !values.isEmpty else { return nil }
        let sorted = values.sorted()
        let rank = Int((p / 100 * Double(sorted.count)).rounded(.up))
        return sorted[Swift.min(Swift.max(rank, 1), sorted.count) - 1]
    }

    var median: Double? { percentile(50) }
    var largest: Double? { values.max() }
    var smallest: Double? { values.min() }

    /// p50, p90, p99 and max, for the JSON output.
    var summary: [String: Any] {
        guard !values.isEmpty else { return ["count": 0] }
        return ["count": values.count, "p50": percentile(50) ?? 0, "p90": percentile(90) ?? 0,
                "p99": percentile(99) ?? 0, "max": largest ?? 0]
    }
}
