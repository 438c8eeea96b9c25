import XCTest
@testable import Report

final class AmountTests: XCTestCase {
    func testParsesWrittenForms() throws {
        XCTAssertEqual(Amount(parsing: "1835.83"), Amount(units: 183583, decimals: 2))
        XCTAssertEqual(Amount(parsing: "1,835.83")?.decimals, 2)
        XCTAssertEqual(Amount(parsing: "194.9")?.decimals, 1)
        XCTAssertEqual(Amount(parsing: "-2,492.41"), Amount(units: -249241, decimals: 2))
        XCTAssertEqual(Amount(parsing: "１２３．４５"), Amount(units: 12345, decimals: 2))
        XCTAssertEqual(Amount(parsing: "20,000"), Amount(20000))
        XCTAssertNil(Amount(parsing: "10,99"))
        XCTAssertNil(Amount(parsing: "1.2.3"))
        XCTAssertNil(Amount(parsing: "-"))
        XCTAssertNil(Amount(parsing: ""))
        XCTAssertNil(Amount(parsing: "12a"))
        XCTAssertNil(Amount(parsing: "1."))
    }

    func testValueEqualityIgnoresTrailingZeros() {
        XCTAssertEqual(Amount(parsing: "1.40"), Amount(parsing: "1.4"))
        XCTAssertEqual(Amount(parsing: "1.40")?.hashValue, Amount(parsing: "1.4")?.hashValue)
        XCTAssertEqual(Amount(parsing: "1.40")?.description, "1.40")
    }

    func testArithmeticAndHalfUnit() throws {
        let a = try XCTUnwrap(Amount(parsing: "137.36"))
        let b = try XCTUnwrap(Amount(parsing: "30.05"))
        let c = try XCTUnwrap(Amount(parsing: "114.5"))
        XCTAssertEqual((a + b + c).description, "281.91")
        XCTAssertEqual(a.halfUnit.description, "0.005")
        XCTAssertEqual(Amount(88).halfUnit.description, "0.5")
        XCTAssertEqual((b - a).description, "-107.31")
    }

    func testScalingBetweenUnits() throws {
        let yuan = try XCTUnwrap(Amount(parsing: "496400"))
        XCTAssertEqual(yuan.scaled(byPowerOfTen: -4), Amount(parsing: "49.64"))
        let yi = try XCTUnwrap(Amount(parsing: "0.15"))
        XCTAssertEqual(yi.scaled(byPowerOfTen: 4), Amount(1500))
        XCTAssertEqual(try XCTUnwrap(Amount(parsing: "2.345")).rounded(toDecimals: 2).description, "2.35")
        XCTAssertEqual(try XCTUnwrap(Amount(parsing: "-2.345")).rounded(toDecimals: 2).description, "-2.35")
    }
}
