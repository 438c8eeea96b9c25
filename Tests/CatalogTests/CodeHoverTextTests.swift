import XCTest
@testable import Catalog

final class CodeHoverTextTests: XCTestCase {
    private func hover(_ code: String, name: String? = nil, english: Bool = false,
                       catalog: Catalog = .builtIn) throws -> String {
        CodeHoverText.markdown(for: try XCTUnwrap(ClassificationCode(code)), writtenName: name, catalog: catalog, english: english)
    }

    func testKnownFunctionItemInChinese() throws {
        let text = try hover("2010401", name: "行政运行")
        XCTAssertTrue(text.hasPrefix("**2010401 行政运行** — 支出功能分类科目 · 项"), text)
        XCTAssertTrue(text.contains("201 一般公共服务支出 › 20104 发展与改革事务 › 2010401 行政运行"), text)
        XCTAssertTrue(text.contains("✓ 名称与科目目录一致。"), text)
        XCTAssertTrue(text.contains("来源：seed 000\\_baa3e20b4b15d09b.txt — 朔州市朔城区工业和信息化局 2024年度部门决算 (Shanxi)（2024决算）"), text)
        XCTAssertTrue(try hover("201").hasSuffix("等另 10 份"))
    }

    func testNameMismatchShowsTheCatalogName() throws {
        let text = try hover("21505", name: "工业和信息化产业监管")
        XCTAssertTrue(text.contains("⚠ 此处名称为“工业和信息化产业监管”，科目目录名称为“工业和信息产业监管”。"), text)
        let english = try hover("21505", name: "工业和信息化产业监管", english: true)
        XCTAssertTrue(english.contains("the catalog name is “工业和信息产业监管”"), english)
        XCTAssertTrue(try hover("30213", name: "维修(护)费").contains("✓"), "width differences are not a mismatch")
    }

    func testEconomicCodeWithExplanation() throws {
        let text = try hover("30201", english: true)
        XCTAssertTrue(text.hasPrefix("**30201 办公费** — economic classification, section (款)"), text)
        XCTAssertTrue(text.contains("302 商品和服务支出 › 30201 办公费"), text)
        XCTAssertTrue(text.contains("Explanation (科目说明): 反映单位购买日常办公用品、书报杂志等支出。"), text)
        XCTAssertFalse(text.contains("✓") || text.contains("⚠"), "no written name, no verdict")
    }

    func testLaterYearCodeSaysSo() throws {
        XCTAssertTrue(try hover("2010301").contains("仅见于 2025/2026 年预算"))
        XCTAssertFalse(try hover("2010401").contains("仅见于"))
    }

    func testUnknownCodeShowsWrittenNameAndKnownChain() throws {
        let text = try hover("2010498", name: "其他发展事务")
        XCTAssertEqual(text, """
        **2010498** — 支出功能分类科目 · 项

        科目目录中没有此代码。

        本文名称：“其他发展事务”

        已知的上级科目：201 一般公共服务支出 › 20104 发展与改革事务
        """)
        let english = try hover("2990101", english: true)
        XCTAssertEqual(english, "**2990101** — functional classification, item (项)\n\nThis code is not in the catalog.")
    }

    func testUserEntryNamesItsFileAndEscapesMarkdown() throws {
        let user = UserCatalog.parse(Array("202\t外交_支出*\n".utf8), file: "my_catalog.tsv")
        let text = try hover("202", catalog: Catalog.builtIn.layered(with: [user]))
        XCTAssertTrue(text.hasPrefix("**202 外交\\_支出\\*** — 支出功能分类科目 · 类"), text)
        XCTAssertTrue(text.contains("来源：用户科目文件 my\\_catalog.tsv 第 1 行"), text)
    }
}
