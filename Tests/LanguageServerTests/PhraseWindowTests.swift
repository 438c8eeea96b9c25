import Catalog
@testable import LanguageServer
import Report
import XCTest

/// 类/款/项 phrases wrapped over lines (with or without a blank line between) and several
/// phrases on one line.
final class PhraseWindowTests: XCTestCase {
    private func mention(in text: String, at needle: String, offset: Int = 0) throws -> (CodeMention, [UInt8]) {
        let bytes = Array(text.utf8)
        let range = try XCTUnwrap(text.range(of: needle))
        let at = text.utf8.distance(from: text.startIndex, to: range.lowerBound) + offset
        let mention = try XCTUnwrap(CodeMention.phrase(at: at, bytes: bytes, catalog: .builtIn, reportIndex: nil), needle)
        return (mention, bytes)
    }

    private func text(_ range: SourceRange, _ bytes: [UInt8]) -> String { String(decoding: bytes[range.range], as: UTF8.self) }

    func testPhraseWrappedOverLines() throws {
        let source = "主要用于社会保障和就业（类）支出 51.31 万元，占 12.96%；卫生健\n康（类）支出 28.67 万元，占 7.24%；资源勘探工业信息（类）\r\n\r\n支出 194.90 万元。\n"
        let (health, bytes) = try mention(in: source, at: "康（类）")
        XCTAssertEqual(health.code?.digits, "210")
        XCTAssertEqual(text(health.range, bytes), "卫生健\n康（类）")
        let (resources, _) = try mention(in: source, at: "资源勘探", offset: 3)
        XCTAssertEqual(resources.code?.digits, "215")
        XCTAssertEqual(text(resources.range, bytes), "资源勘探工业信息（类）")
        let (social, _) = try mention(in: source, at: "（类）支出 51.31")
        XCTAssertEqual(social.code?.digits, "208")
    }

    func testItemNameWrappedAcrossABlankLine() throws {
        let source = "1．一般公共服务支出（类）发展与改革事务（款）行政\n\n运行（项）。年初预算为 800 万元。\n"
        let (item, bytes) = try mention(in: source, at: "运行（项）")
        XCTAssertEqual(item.code?.digits, "2010401")
        XCTAssertEqual(text(item.range, bytes), "行政\n\n运行（项）")
        let (section, _) = try mention(in: source, at: "发展与改革事务", offset: 3)
        XCTAssertEqual(section.code?.digits, "20104")
    }

    func testNoPhraseWithoutMarker() {
        let bytes = Array("一般公共服务支出 20.00 万元（类别见下）。".utf8)
        XCTAssertNil(CodeMention.phrase(at: 3, bytes: bytes, catalog: .builtIn, reportIndex: nil))
    }

    func testItemNamedWithoutItsCategoryListsTheCodesOfThatName() throws {
        let source = "其中行政运行（项）支出 13.20 万元。\n"
        let (item, _) = try mention(in: source, at: "运行（项）")
        XCTAssertNil(item.code)
        let markdown = CodeHover.markdown(item, document: ReportDocument(), catalog: .builtIn, locale: .zh)
        XCTAssertTrue(markdown.contains("未写明所属类，同名科目"), markdown)
        XCTAssertTrue(markdown.contains("201 一般公共服务支出 › 20104 发展与改革事务 › 2010401 行政运行"), markdown)
        XCTAssertTrue(markdown.contains("2150501 行政运行"), markdown)
    }

    func testItemNamedWithoutItsCategoryButUniqueIsItsCode() throws {
        let (item, _) = try mention(in: "其中技术改造支出（项）260.00万元。", at: "改造")
        XCTAssertEqual(item.code?.digits, "2159904")
    }
}
