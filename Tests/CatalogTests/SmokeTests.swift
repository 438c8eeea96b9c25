import XCTest

final class CatalogSmokeTests: XCTestCase {
    func testTargetBuilds() {
        XCTAssertTrue(true)
    }
}
