import XCTest

final class LanguageServerSmokeTests: XCTestCase {
    func testTargetBuilds() {
        XCTAssertTrue(true)
    }
}
