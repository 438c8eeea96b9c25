import XCTest
@testable import SyntheticReports

final class VolumeTests: XCTestCase {
    func testVolumeConcatenatesDepartmentsAndShiftsFigures() {
        let volume = SyntheticReports.volume(departments: 3, seed: 9, layout: .shanxiTab, errorsPerDepartment: 2)
        XCTAssertEqual(volume.departments.count, 3)
        XCTAssertEqual(Set(volume.figures.map(\.department)), [0, 1, 2])
        XCTAssertEqual(volume.plantedErrors.count, 6)
        for figure in volume.figures {
            XCTAssertEqual(volume.text(at: figure.range), figure.text)
        }
        for error in volume.plantedErrors {
            XCTAssertEqual(volume.text(at: error.range), error.plantedText)
        }
        // Ranges are ascending and never overlap.
        let ranges = volume.figures.map(\.range).sorted { $0.lowerBound < $1.lowerBound }
        for (a, b) in zip(ranges, ranges.dropFirst()) { XCTAssertLessThanOrEqual(a.upperBound, b.lowerBound) }
    }

    /// Prints line and byte counts (set SYNTHETIC_MEASURE=1); the benchmark relies on ~1,000 lines per department.
    func testMeasureSizes() {
        guard ProcessInfo.processInfo.environment["SYNTHETIC_MEASURE"] == "1" else { return }
        for layout in ReportLayout.allCases {
            let volume = SyntheticReports.volume(departments: 40, seed: 2024, layout: layout, errorsPerDepartment: 1)
            let single = SyntheticReports.report(seed: 2024, layout: layout)
            print("MEASURE \(layout.rawValue): single \(single.lineCount) lines \(single.bytes.count) bytes; volume(40) \(volume.lineCount) lines \(volume.bytes.count) bytes, \(volume.figures.count) figures, \(volume.plantedErrors.count) errors")
        }
    }
}
