import Foundation
import XCTest
@testable import Report

/// The five real reports in `../shared/seeds` (not part of the repository). Every
/// expectation below was checked by reading the seed (line numbers in comments).
final class SeedTests: XCTestCase {
    private func seed(_ name: String) throws -> (text: String, document: ReportDocument) {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let directory = root.deletingLastPathComponent().appendingPathComponent("shared/seeds")
        guard let data = FileManager.default.contents(atPath: directory.appendingPathComponent(name).path),
              let text = String(data: data, encoding: .utf8) else {
            throw XCTSkip("seeds not found at \(directory.path)")
        }
        return (text, ReportDocument.parse(Array(text.utf8)))
    }

    private func figure(_ s: String) -> Amount { Amount(parsing: s)! }

    private func assertTotals(_ row: Row?, _ table: Table, _ expected: [String: String],
                              file: StaticString = #filePath, line: UInt = #line) {
        guard let row else { return XCTFail("no totals row in \(table.kind)", file: file, line: line) }
        XCTAssertEqual(TestSupport.figures(row, table), expected, "\(table.kind)", file: file, line: line)
    }

    private static let standardKinds: [TableKind] = [
        .incomeExpenditureSummary, .income, .expenditure, .fiscalAppropriationSummary, .generalBudgetExpenditure,
        .generalBudgetBasicExpenditure, .governmentFund, .stateCapital, .threePublicExpenses, .relatedInformation,
    ]

    func testSeed000PlainWordExport() throws {
        let (_, doc) = try seed("000_baa3e20b4b15d09b.txt")
        XCTAssertEqual(doc.reports.count, 1)
        let report = doc.reports[0]
        XCTAssertEqual(report.department?.value, "朔州市朔城区工业和信息化局")
        XCTAssertEqual(report.tables.map(\.kind), Self.standardKinds)
        XCTAssertEqual(report.tables.map(\.rows.count), [62, 31, 31, 64, 31, 112, 1, 1, 1, 16])
        XCTAssertEqual(report.tables.map(\.isEmpty), [false, false, false, false, false, false, true, true, false, false])
        XCTAssertTrue(doc.notes.isEmpty, "\(doc.notes)")
        let t01 = try table(doc, .incomeExpenditureSummary)
        assertTotals(t01.row(.currentYearIncomeTotal), t01, ["amount": "1835.83"])          // L162
        assertTotals(t01.row(.grandTotal, side: .expenditure), t01, ["amount": "1835.83"])  // L166
        XCTAssertEqual(t01.rows.first { $0.categoryCode == "215" }?.cells.first?.amount, figure("1248.74"))  // L148
        let t02 = try table(doc, .income)
        assertTotals(t02.row(.total), t02, ["total": "1835.83", "fiscalAppropriation": "1835.83"])  // L187
        XCTAssertEqual(t02.header.unit?.value, .wanYuan)                                    // 金额单位：万 / 元, L180–L182
        XCTAssertEqual(t02.declaredNumber, 2)                                                // 公开02 / 表, L172–L174
        let t03 = try table(doc, .expenditure)
        assertTotals(t03.row(.total), t03, ["total": "1835.83", "basic": "583.70", "project": "1252.13"])  // L231
        let t04 = try table(doc, .fiscalAppropriationSummary)
        assertTotals(t04.row(.currentYearExpenditureTotal), t04, ["total": "1835.83", "generalBudget": "1835.83"])  // L306
        let t05 = try table(doc, .generalBudgetExpenditure)
        assertTotals(t05.row(.total), t05, ["total": "1835.83", "basic": "583.70", "project": "1252.13"])  // L328
        let t06 = try table(doc, .generalBudgetBasicExpenditure)
        assertTotals(t06.row(.personnelTotal), t06, ["amount": "564.59"])                   // L404
        assertTotals(t06.row(.publicTotal), t06, ["amount": "19.11"])
        XCTAssertEqual(TestSupport.row(t06, code: "30901")?.cells.first?.value, .notApplicable)  // ———, L381
        XCTAssertEqual(TestSupport.row(t06, code: "30908")?.cells.first?.value, .notApplicable)  // ——, L388
        XCTAssertEqual(TestSupport.row(t06, code: "31001")?.group, .publicUse)
        XCTAssertEqual(t06.rows.compactMap(\.code).count, 110)
        let t09 = try table(doc, .threePublicExpenses)
        XCTAssertEqual(t09.header.department?.value, "朔州市朔城区工业和信息化局")            // broken name, L442–L443
        assertTotals(t09.rows.first, t09, [                                                 // L453
            "threePublic.budget.total": "1.40", "threePublic.budget.vehicleSubtotal": "1.40", "threePublic.budget.vehicleOperation": "1.40",
            "threePublic.final.total": "1.40", "threePublic.final.vehicleSubtotal": "1.40", "threePublic.final.vehicleOperation": "1.40",
        ])
        let t10 = try table(doc, .relatedInformation)
        XCTAssertEqual(t10.row(.total)?.cells.first?.value, .blank)                          // L469
        XCTAssertEqual(t10.row(.vehicleTotal)?.cells.first?.amount, Amount(9))               // L478
        XCTAssertEqual(t10.rows.last?.number?.value, 17)                                     // L487
        XCTAssertEqual(report.narrativeRegions.compactMap(\.partNumber), [1, 2, 3, 4, 5])
    }

    func testSeed001WrappedHeaderCellsAndAppendixTables() throws {
        let (_, doc) = try seed("001_f621cec2125677f3.txt")
        XCTAssertEqual(doc.reports.count, 1)
        let report = doc.reports[0]
        XCTAssertEqual(Array(report.tables.map(\.kind).prefix(10)), Self.standardKinds)
        XCTAssertEqual(report.tables(.projectPerformance).count, 14)                          // 14 绩效自评表, L694–
        XCTAssertEqual(Array(report.tables.map(\.rows.count).prefix(10)), [62, 51, 51, 64, 49, 112, 4, 1, 0, 16])
        let t01 = try table(doc, .incomeExpenditureSummary)
        assertTotals(t01.row(.currentYearIncomeTotal), t01, ["amount": "44278.54"])
        let t02 = try table(doc, .income)
        XCTAssertEqual(t02.columns.map(\.role), [.total, .fiscalAppropriation, .superiorSubsidy, .business, .operating, .subordinateRemit, .otherIncome])
        assertTotals(t02.row(.total), t02, ["total": "44278.54", "fiscalAppropriation": "44278.54"])
        let t03 = try table(doc, .expenditure)
        assertTotals(t03.row(.total), t03, ["total": "44278.54", "basic": "604.59", "project": "43673.95"])
        XCTAssertEqual(TestSupport.row(t03, code: "2080505")?.name?.normalized, "机关事业单位基本养老保险缴费支出")  // wrapped, L171
        XCTAssertEqual(TestSupport.row(t03, code: "208")?.name?.normalized, "社会保障和就业支出")
        let t04 = try table(doc, .fiscalAppropriationSummary)
        assertTotals(t04.row(.currentYearExpenditureTotal), t04, ["total": "44278.54", "generalBudget": "42778.54", "governmentFund": "1500.00"])
        let t05 = try table(doc, .generalBudgetExpenditure)
        assertTotals(t05.row(.total), t05, ["total": "42778.54", "basic": "604.59", "project": "42173.95"])
        let t06 = try table(doc, .generalBudgetBasicExpenditure)
        assertTotals(t06.row(.personnelTotal), t06, ["amount": "546.35"])
        assertTotals(t06.row(.publicTotal), t06, ["amount": "58.24"])
        let t07 = try table(doc, .governmentFund)
        assertTotals(t07.row(.total), t07, ["currentYearIncome": "1500.00", "expenditureTotal": "1500.00", "project": "1500.00"])
        XCTAssertTrue(try table(doc, .threePublicExpenses).isEmpty)                          // L492–L496
        let t10 = try table(doc, .relatedInformation)
        XCTAssertEqual(t10.row(.total)?.cells.first?.amount, figure("0.89"))
        // V-17: `10,998` (L1133–L1134) stays unread with a note; `20,000` (L701–L702) is read.
        let appendix = report.tables(.projectPerformance)
        let ambiguous = appendix.flatMap(\.notes).filter { $0.code == .ambiguousNumber }
        XCTAssertEqual(ambiguous.count, 4)
        XCTAssertFalse(appendix.contains { $0.rows.contains { $0.cells.contains { $0.amount == figure("10998") } } })
        XCTAssertTrue(appendix.contains { $0.rows.contains { $0.cells.contains { $0.amount == figure("20000") } } })
    }

    func testSeed002MarkdownExport() throws {
        let (_, doc) = try seed("002_b2f642792688ba7f.txt")
        XCTAssertEqual(doc.reports.count, 1)
        let report = doc.reports[0]
        XCTAssertEqual(report.tables.map(\.kind), Self.standardKinds)
        XCTAssertEqual(report.tables.map(\.rows.count), [62, 29, 29, 64, 26, 112, 4, 1, 1, 16])
        let t01 = try table(doc, .incomeExpenditureSummary)
        assertTotals(t01.row(.grandTotal, side: .income), t01, ["amount": "5307.63"])
        XCTAssertEqual(t01.row(.nonFiscalBalanceUsed)?.number?.value, 28)                   // half-width parentheses, L94
        let t02 = try table(doc, .income)
        XCTAssertEqual(t02.header.unit?.value, .wanYuan)                                    // unit before name, L107
        XCTAssertEqual(t02.header.department?.value, "怀仁市工业和信息化局")
        assertTotals(t02.row(.total), t02, ["total": "5307.63", "fiscalAppropriation": "5307.63"])
        XCTAssertEqual(t02.rows.last?.code?.text, "2299999")                                 // before the ---- row, L146
        let t03 = try table(doc, .expenditure)
        assertTotals(t03.row(.total), t03, ["total": "5307.63", "basic": "657.87", "project": "4649.76"])
        let t04 = try table(doc, .fiscalAppropriationSummary)
        assertTotals(t04.row(.currentYearExpenditureTotal), t04, ["total": "5307.63", "generalBudget": "4607.63", "governmentFund": "700.00"])
        let t05 = try table(doc, .generalBudgetExpenditure)
        assertTotals(t05.row(.total), t05, ["total": "4607.63", "basic": "657.87", "project": "3949.76"])
        let t06 = try table(doc, .generalBudgetBasicExpenditure)
        assertTotals(t06.row(.personnelTotal), t06, ["amount": "634.30"])
        assertTotals(t06.row(.publicTotal), t06, ["amount": "23.57"])                       // cell 11, L325
        XCTAssertTrue(try table(doc, .stateCapital).isEmpty)                                 // shifted ⇥合计, L362
        let t09 = try table(doc, .threePublicExpenses)
        XCTAssertEqual(t09.header.unit?.value, .wanYuan)                                    // 金额单位:万元, L376
        XCTAssertEqual(t09.rows.first?.cell(column: 10)?.amount, figure("7.50"))             // 决算 运行维护费, L382
        let t10 = try table(doc, .relatedInformation)
        XCTAssertEqual(t10.row(.total)?.cells.first?.amount, figure("700.00"))
        XCTAssertEqual(t10.row(.runningCostAdministrative)?.cells.first?.amount, figure("19.07"))
    }

    func testSeed003SpaceSeparatedPDFText() throws {
        let (text, doc) = try seed("003_d6a6df3f6639e224.txt")
        XCTAssertEqual(doc.reports.count, 1)
        let report = doc.reports[0]
        XCTAssertEqual(report.department?.value, "安阳市北关区工业和信息化局")
        XCTAssertEqual(report.tables.map(\.kind), Array(Self.standardKinds.prefix(9)) + [.departmentPerformance, .projectPerformance, .projectPerformance])
        XCTAssertEqual(report.tables.map(\.declaredNumber), [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 11])
        XCTAssertEqual(Array(report.tables.map(\.rows.count).prefix(9)), [50, 9, 9, 50, 9, 92, 1, 1, 1])
        XCTAssertTrue(report.tables.prefix(9).allSatisfy { $0.layout == .spaceSeparated })

        let t01 = try table(doc, .incomeExpenditureSummary)
        assertTotals(t01.row(.currentYearIncomeTotal), t01, ["amount": "395.87"])           // L176
        assertTotals(t01.row(.currentYearExpenditureTotal), t01, ["amount": "395.87"])
        XCTAssertEqual(t01.row(.currentYearExpenditureTotal)?.number?.value, 39)
        XCTAssertEqual(t01.rows.first { $0.categoryCode == "208" }?.cells.first?.amount, figure("51.31"))  // L151
        XCTAssertEqual(t01.rows.first { $0.categoryCode == "206" }?.cells.first?.amount, figure("88.00"))  // L147

        // 02: 01 has only 财政拨款 income, so every part is 财政拨款收入 (spec §1.3 c).
        let t02 = try table(doc, .income)
        assertTotals(t02.row(.total), t02, ["total": "395.87", "fiscalAppropriation": "395.87"])  // L201
        XCTAssertEqual(TestSupport.row(t02, code: "2080505")?.name?.normalized, "机关事业单位基本养老保险缴费支出")  // L209–L213

        // 05: the complete 合计 row decides the columns (subset sum): 2060302 and 2060499 are 项目支出.
        let t05 = try table(doc, .generalBudgetExpenditure)
        assertTotals(t05.row(.total), t05, ["total": "395.87", "basic": "307.87", "project": "88.00"])  // L367
        let research = try XCTUnwrap(TestSupport.row(t05, code: "2060302"))                  // L369
        XCTAssertEqual(TestSupport.figures(research, t05), ["total": "40.00", "project": "40.00"])
        XCTAssertEqual(research.cells[1].assignment, .inferred)
        XCTAssertEqual(TestSupport.figures(try XCTUnwrap(TestSupport.row(t05, code: "2150501")), t05), ["total": "194.90", "basic": "194.90"])

        // 03 takes 05's assignment code by code; its 合计 `395.87 395.87` stays undecided (M-05 stays detectable).
        let t03 = try table(doc, .expenditure)
        XCTAssertEqual(TestSupport.figures(try XCTUnwrap(TestSupport.row(t03, code: "2060302")), t03), ["total": "40.00", "project": "40.00"])
        XCTAssertEqual(TestSupport.figures(try XCTUnwrap(TestSupport.row(t03, code: "2060499")), t03), ["total": "48.00", "project": "48.00"])
        XCTAssertEqual(TestSupport.figures(try XCTUnwrap(TestSupport.row(t03, code: "2080501")), t03), ["total": "28.87", "basic": "28.87"])
        let total03 = try XCTUnwrap(t03.row(.total))                                         // L238
        XCTAssertEqual(total03.cells.first?.amount, figure("395.87"))
        XCTAssertEqual(total03.cells.count, 2)
        XCTAssertTrue(total03.cells[1].isAmbiguous)
        XCTAssertEqual(total03.cells[1].amount, figure("395.87"))
        XCTAssertEqual(TestSupport.text(total03.cells[1].range, in: text), "395.87")
        XCTAssertTrue(t03.notes.contains { $0.code == .ambiguousColumn })

        // 04: wrapped labels and the single fund.
        let t04 = try table(doc, .fiscalAppropriationSummary)
        assertTotals(t04.row(.currentYearExpenditureTotal), t04, ["total": "395.87", "generalBudget": "395.87"])  // L338
        let mining = try XCTUnwrap(t04.rows.first { $0.categoryCode == "215" })             // L322–L326
        XCTAssertEqual(mining.name?.normalized, "十四、资源勘探工业信息等支出")
        XCTAssertEqual(mining.number?.value, 32)
        XCTAssertEqual(mining.cells.first?.amount?.decimals, 1)                              // 194.9
        XCTAssertEqual(t04.rows.first { $0.categoryCode == "207" }?.number?.value, 25)       // L305–L309

        let t06 = try table(doc, .generalBudgetBasicExpenditure)
        assertTotals(t06.row(.personnelTotal), t06, ["amount": "298.51"])                   // L486
        assertTotals(t06.row(.publicTotal), t06, ["amount": "9.36"])
        XCTAssertEqual(TestSupport.row(t06, code: "30202")?.cells.first?.amount, figure("0.69"))   // L418: belongs to 印刷费
        XCTAssertEqual(TestSupport.row(t06, code: "30102")?.cells.isEmpty, true)
        XCTAssertEqual(TestSupport.row(t06, code: "30399")?.name?.normalized, "对其他个人和家庭的补助支出")  // L463–L466
        XCTAssertEqual(TestSupport.row(t06, code: "30205")?.cells.first?.amount?.decimals, 1)      // 0.1, L424
        XCTAssertEqual(t06.rows.compactMap(\.code).count, 90)

        XCTAssertTrue(try table(doc, .governmentFund).isEmpty)
        XCTAssertTrue(try table(doc, .stateCapital).isEmpty)
        let t09 = try table(doc, .threePublicExpenses)                                       // L571
        assertTotals(t09.rows.first, t09, [
            "threePublic.budget.total": "0.2", "threePublic.budget.travelAbroad": "0", "threePublic.budget.vehicleSubtotal": "0",
            "threePublic.budget.vehiclePurchase": "0", "threePublic.budget.vehicleOperation": "0", "threePublic.budget.reception": "0.2",
            "threePublic.final.total": "0", "threePublic.final.travelAbroad": "0", "threePublic.final.vehicleSubtotal": "0",
            "threePublic.final.vehiclePurchase": "0", "threePublic.final.vehicleOperation": "0", "threePublic.final.reception": "0",
        ])
        XCTAssertEqual(report.narrativeRegions.compactMap(\.partNumber), [1, 2, 3, 4])
    }

    func testSeed004BoldCellsAndAppendix() throws {
        let (_, doc) = try seed("004_9896e042631d7d6c.txt")
        XCTAssertEqual(doc.reports.count, 1)
        let report = doc.reports[0]
        XCTAssertEqual(report.department?.value, "晋城经济技术开发区经济发展与安全监管部")
        XCTAssertEqual(Array(report.tables.map(\.kind).prefix(10)), Self.standardKinds)
        XCTAssertEqual(report.tables(.projectPerformance).count, 9)
        XCTAssertEqual(Array(report.tables.map(\.rows.count).prefix(10)), [62, 52, 52, 64, 52, 112, 1, 1, 0, 16])
        let t01 = try table(doc, .incomeExpenditureSummary)
        assertTotals(t01.row(.currentYearIncomeTotal), t01, ["amount": "10176.60"])         // <b> cells, L99
        assertTotals(t01.row(.grandTotal, side: .expenditure), t01, ["amount": "10176.60"])  // L103
        let t02 = try table(doc, .income)
        assertTotals(t02.row(.total), t02, ["total": "10176.60", "fiscalAppropriation": "10176.60"])
        let t03 = try table(doc, .expenditure)
        assertTotals(t03.row(.total), t03, ["total": "10176.60", "basic": "387.79", "project": "9788.81"])
        let t04 = try table(doc, .fiscalAppropriationSummary)
        assertTotals(t04.row(.grandTotal, side: .expenditure), t04, ["total": "10176.60", "generalBudget": "10176.60"])
        let t05 = try table(doc, .generalBudgetExpenditure)
        assertTotals(t05.row(.total), t05, ["total": "10176.60", "basic": "387.79", "project": "9788.81"])
        let t06 = try table(doc, .generalBudgetBasicExpenditure)
        assertTotals(t06.row(.personnelTotal), t06, ["amount": "353.25"])                   // L402
        assertTotals(t06.row(.publicTotal), t06, ["amount": "34.53"])
        XCTAssertEqual(TestSupport.row(t06, code: "303")?.cells.first?.amount, figure("0.19"))   // <b>0.19</b>, L388
        XCTAssertEqual(TestSupport.row(t06, code: "303")?.name?.written, "对个人和家庭的补助")
        XCTAssertTrue(try table(doc, .governmentFund).isEmpty)
        XCTAssertTrue(try table(doc, .threePublicExpenses).isEmpty)
        let t10 = try table(doc, .relatedInformation)
        XCTAssertEqual(t10.row(.total)?.cells.first?.amount, figure("173.59"))               // L475
        XCTAssertEqual(t10.row(.runningCostCivilServiceLike)?.cells.first?.amount, figure("34.53"))
    }

    func testSeedsReparseIncrementallyLikeFullParses() throws {
        let (text, _) = try seed("003_d6a6df3f6639e224.txt")
        var bytes = Array(text.utf8)
        var parser = IncrementalReportParser(text: bytes)
        var rng = SplitMix64(seed: 3)
        for _ in 0..<8 {
            let p = Int.random(in: 0..<bytes.count, using: &rng)
            var start = p
            while start > 0, bytes[start] & 0xC0 == 0x80 { start -= 1 }
            bytes.insert(0x31, at: start)
            parser.apply(edits: [ByteEdit(range: SourceRange(start: start, end: start), replacementLength: 1)], newText: bytes)
            XCTAssertEqual(parser.document, ReportDocument.parse(bytes))
        }
    }
}

