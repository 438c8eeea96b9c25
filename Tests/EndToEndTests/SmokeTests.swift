import XCTest

final class EndToEndSmokeTests: XCTestCase {
    func testTargetBuilds() {
        XCTAssertTrue(true)
    }
}
