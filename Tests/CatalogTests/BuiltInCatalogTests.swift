import Foundation
import XCTest
@testable import Catalog

final class BuiltInCatalogTests: XCTestCase {
    private var catalog: Catalog { Catalog.builtIn }

    private func code(_ text: String, file: StaticString = #filePath, line: UInt = #line) throws -> ClassificationCode {
        try XCTUnwrap(ClassificationCode(text), "not a code: \(text)", file: file, line: line)
    }

    func testLoadsWithoutProblems() {
        XCTAssertEqual(catalog.problems, [])
        XCTAssertEqual(catalog.entries.filter { $0.code.kind == .function }.count, 191)
        XCTAssertEqual(catalog.entries.filter { $0.code.kind == .economic }.count, 111)
    }

    /// Every row of the bundled resource, read here line by line, is in the catalog with its name.
    func testEveryResourceRowIsPresentWithItsName() throws {
        let directory = try XCTUnwrap(BuiltInCatalog.resourceDirectory())
        let text = try String(contentsOf: directory.appendingPathComponent("subject-codes.tsv"), encoding: .utf8)
        let rows = text.split(separator: "\n").filter { !$0.hasPrefix("#") }.dropFirst()
        XCTAssertEqual(rows.count, 302)
        for row in rows {
            let fields = row.split(separator: "\t", omittingEmptySubsequences: false)
            let entry = catalog.entry(forCode: fields[0])
            XCTAssertEqual(entry?.name, fields.count > 1 ? String(fields[1]) : nil, String(row))
        }
    }

    /// Codes of all five seeds (spec §4), a sample per table, present with the seeds' majority name.
    func testSeedCodesHaveTheirNames() {
        let expected = [
            "201": "一般公共服务支出", "20104": "发展与改革事务", "2010401": "行政运行", "2010350": "事业运行",
            "2080505": "机关事业单位基本养老保险缴费支出", "21505": "工业和信息产业监管",
            "21599": "其他资源勘探工业信息等支出", "2150805": "中小企业发展专项", "2210201": "住房公积金",
            "2290402": "其他地方自行试点项目收益专项债券收入安排的支出", "2060302": "社会公益研究",
            "30108": "机关事业单位基本养老保险缴费", "30213": "维修（护）费", "30217": "公务接待费",
            "309": "资本性支出（基本建设）", "31013": "公务用车购置", "39906": "赠与", "39999": "其他支出",
        ]
        for (code, name) in expected {
            XCTAssertEqual(catalog.entry(forCode: code)?.name, name, code)
        }
    }

    func testChainOfAFunctionItem() throws {
        let chain = catalog.chain(for: try code("2010401"))
        XCTAssertTrue(chain.isComplete)
        XCTAssertEqual(chain.text, "201 一般公共服务支出 › 20104 发展与改革事务 › 2010401 行政运行")
        XCTAssertEqual(chain.entry?.name, "行政运行")
    }

    func testChainsOfSectionsCategoriesAndEconomicCodes() throws {
        XCTAssertEqual(catalog.chain(for: try code("20805")).text, "208 社会保障和就业支出 › 20805 行政事业单位养老支出")
        XCTAssertEqual(catalog.chain(for: try code("210")).text, "210 卫生健康支出")
        XCTAssertEqual(catalog.chain(for: try code("30201")).text, "302 商品和服务支出 › 30201 办公费")
        XCTAssertEqual(catalog.chain(for: try code("302")).text, "302 商品和服务支出")
    }

    func testSameNameIsToldApartByTheChain() throws {
        let runs = catalog.entries(named: "行政运行").map(\.code.digits)
        XCTAssertTrue(runs.contains("2010401") && runs.contains("2150501"), "\(runs)")
        XCTAssertEqual(catalog.chain(for: try code("2150501")).text,
                       "215 资源勘探工业信息等支出 › 21505 工业和信息产业监管 › 2150501 行政运行")
    }

    func testUnknownCodeHasTheKnownPartOfItsChain() throws {
        let unknown = try code("2010498")
        XCTAssertNil(catalog.entry(for: unknown))
        let chain = catalog.chain(for: unknown)
        XCTAssertFalse(chain.isComplete)
        XCTAssertNil(chain.entry)
        XCTAssertEqual(chain.knownText, "201 一般公共服务支出 › 20104 发展与改革事务")
        XCTAssertEqual(chain.text, "201 一般公共服务支出 › 20104 发展与改革事务 › 2010498")
        XCTAssertEqual(catalog.chain(for: try code("2990101")).knownLinks, [])
        // A 项 whose 款 no source prints: the 类 is known, the 款 is not.
        XCTAssertEqual(catalog.chain(for: try code("2060302")).text, "206 科学技术支出 › 20603 › 2060302 社会公益研究")
    }

    func testChildren() throws {
        XCTAssertEqual(catalog.children(of: try code("20104")).map(\.code.digits), ["2010401", "2010402", "2010450", "2010499"])
        XCTAssertEqual(catalog.children(of: try code("307")).map(\.code.digits), ["30701", "30702", "30703", "30704"])
        XCTAssertEqual(catalog.children(of: try code("2010401")), [])
        let sections = catalog.children(of: try code("201")).map(\.code.digits)
        XCTAssertTrue(sections.allSatisfy { $0.count == 5 && $0.hasPrefix("201") })
        XCTAssertTrue(sections.contains("20104"))
    }

    func testExplanationsSourcesAndYears() throws {
        let office = try XCTUnwrap(catalog.entry(forCode: "30201"))
        XCTAssertEqual(office.explanation, "反映单位购买日常办公用品、书报杂志等支出。")
        XCTAssertEqual(catalog.explanationSourceDocuments(for: office).map(\.key), ["W2"])
        XCTAssertEqual(office.attestation, .year2024)
        XCTAssertEqual(office.origin, .builtIn)

        let general = try XCTUnwrap(catalog.entry(forCode: "201"))
        XCTAssertNil(general.explanation)
        XCTAssertEqual(general.sourceKeys, ["S000", "S001", "S004"])
        XCTAssertEqual(general.moreSourceCount, 10)
        XCTAssertEqual(catalog.sourceDocuments(for: general).first?.year, "2024决算")
        XCTAssertTrue(catalog.sourceDocuments(for: general).first?.document.contains("000_baa3e20b4b15d09b") ?? false)

        let later = try XCTUnwrap(catalog.entry(forCode: "2010301"))
        XCTAssertEqual(later.attestation, .laterYearsOnly)
        XCTAssertEqual(catalog.sourceDocuments(for: later).map(\.year), ["2025预算", "2025预算"])
        XCTAssertEqual(catalog.entries.filter { $0.attestation == .laterYearsOnly }.count, 40)
    }

    func testTable01LabelsMapToCategories() throws {
        XCTAssertEqual(catalog.table01Labels.count, 26)
        XCTAssertEqual(catalog.category(forLabel: "一、一般公共服务支出")?.code?.digits, "201")
        XCTAssertEqual(catalog.category(forLabel: "八、社会保障和就业支 出")?.code?.digits, "208")
        XCTAssertEqual(catalog.category(forLabel: "二十三、其他支出")?.code?.digits, "229", "the function 类, not 399")
        XCTAssertEqual(catalog.category(forLabel: "一般公共服务支出(类)")?.code?.digits, "201")
        XCTAssertEqual(catalog.category(forLabel: "九、卫生健康支出")?.entry?.name, "卫生健康支出")

        let foreignAffairs = try XCTUnwrap(catalog.category(forLabel: "二、外交支出"))
        XCTAssertNil(foreignAffairs.code, "no source gives the code of 外交支出")
        XCTAssertEqual(foreignAffairs.table01Label?.row, 2)
        XCTAssertEqual(foreignAffairs.name, "外交支出")
        XCTAssertNil(catalog.category(forLabel: "一、一般公共预算财政拨款收入"))
        XCTAssertNil(catalog.category(forLabel: "十、"))

        // Every coded label names its code's catalog entry.
        for label in catalog.table01Labels {
            guard let code = label.code else { continue }
            XCTAssertEqual(catalog.entry(for: code)?.name, label.name, label.label)
        }
        XCTAssertEqual(catalog.table01Labels.filter { $0.code == nil }.map(\.name),
                       ["外交支出", "交通运输支出", "金融支出", "援助其他地区支出", "国有资本经营预算支出",
                        "债务还本支出", "债务付息支出", "抗疫特别国债安排的支出"])
    }

    func testMissingResourceGivesAnEmptyCatalogAndOneProblem() {
        let missing = BuiltInCatalog.load(resourceDirectory: nil)
        XCTAssertEqual(missing.count, 0)
        XCTAssertEqual(missing.problems.map(\.kind), [.missingResource])
        XCTAssertNil(missing.entry(forCode: "201"))
        XCTAssertEqual(missing.chain(for: ClassificationCode("201")!).knownLinks, [])

        let emptyDirectory = FileManager.default.temporaryDirectory.appendingPathComponent("juesuan-catalog-\(UUID())")
        XCTAssertEqual(BuiltInCatalog.load(resourceDirectory: emptyDirectory).problems.count, 3)
    }
}
