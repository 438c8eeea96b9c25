import XCTest

final class ReportSmokeTests: XCTestCase {
    func testTargetBuilds() {
        XCTAssertTrue(true)
    }
}
