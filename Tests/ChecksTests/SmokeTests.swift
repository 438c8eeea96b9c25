import XCTest

final class ChecksSmokeTests: XCTestCase {
    func testTargetBuilds() {
        XCTAssertTrue(true)
    }
}
