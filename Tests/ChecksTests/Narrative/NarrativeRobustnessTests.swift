import XCTest
@testable import Checks
import Report
import SyntheticReports

/// The narrative rules never trap on damaged input: truncated reports, reports with bytes changed.
final class NarrativeRobustnessTests: XCTestCase {
    func testTruncatedAndDamagedReportsAreCheckedWithoutTrapping() {
        let report = SyntheticReports.report(seed: 3, layout: .henanSpaceSeparated)
        let bytes = report.bytes
        var rng = NarrativeTestSplitMix(seed: 7)
        for k in 1...8 {
            let cut = bytes.count * k / 9
            let truncated = Array(bytes[..<cut])
            _ = NarrativeChecker().check(ReportDocument.parse(truncated))
            var damaged = bytes
            for _ in 0..<20 {
                let i = Int(rng.next() % UInt64(damaged.count))
                damaged[i] = "0123456789%，。万元".utf8.map { $0 }[Int(rng.next() % 22)]
            }
            _ = NarrativeChecker().check(ReportDocument.parse(damaged))
        }
    }
}

/// A tiny deterministic generator (SplitMix64) for the test.
struct NarrativeTestSplitMix {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
