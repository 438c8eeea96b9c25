import Report
import XCTest

final class ArrayAppendSharingTests: XCTestCase {
    func testAppendingIntoAnEmptyArrayTakesTheOtherAndOtherwiseAppends() {
        var merged: [Int] = []
        merged.append(sharing: [1, 2])
        XCTAssertEqual(merged, [1, 2])
        merged.append(sharing: [])
        merged.append(sharing: [3])
        XCTAssertEqual(merged, [1, 2, 3])
        let source = [7, 8]
        var taken: [Int] = []
        taken.append(sharing: source)
        taken.append(9)
        XCTAssertEqual(source, [7, 8], "the shared storage is copied on write, never changed under the other array")
        XCTAssertEqual(taken, [7, 8, 9])
    }
}
