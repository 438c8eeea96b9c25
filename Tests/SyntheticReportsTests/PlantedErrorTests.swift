import XCTest
@testable import SyntheticReports

final class PlantedErrorTests: XCTestCase {
    private let clean = SyntheticReports.report(seed: 11, layout: .shanxiTab, options: .init(bureau: "工业和信息化局"))

    private func plant(_ plan: ErrorPlan, in report: GeneratedReport? = nil) throws -> GeneratedReport {
        try (report ?? clean).planting([plan])
    }

    /// Checks the planted error's ranges and that nothing but the changed figures moved in value.
    private func assertConsistent(_ planted: GeneratedReport, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(planted.figures.count, clean.figures.count, file: file, line: line)
        for figure in planted.figures {
            XCTAssertEqual(planted.text(at: figure.range), figure.text, file: file, line: line)
        }
        for error in planted.plantedErrors {
            XCTAssertEqual(planted.text(at: error.range), error.plantedText, file: file, line: line)
            XCTAssertNotEqual(error.plantedText, error.originalText, file: file, line: line)
            XCTAssertTrue(error.changedRanges.contains(error.range), file: file, line: line)
        }
        let changed = Set(planted.plantedErrors.flatMap(\.changedRanges).map(\.lowerBound))
        var differences = 0
        for (before, after) in zip(clean.figures, planted.figures) where before.text != after.text {
            differences += 1
            XCTAssertTrue(changed.contains(after.range.lowerBound), "unexpected change at \(after.kind)", file: file, line: line)
        }
        XCTAssertEqual(differences, changed.count, file: file, line: line)
        // Text outside the changed figures is untouched.
        XCTAssertEqual(planted.bytes.count - clean.bytes.count,
                       zip(clean.figures, planted.figures).map { $1.text.utf8.count - $0.text.utf8.count }.reduce(0, +),
                       file: file, line: line)
    }

    func testCellDelta() throws {
        let planted = try plant(.cellDelta(table: "05", row: "215", column: "小计", delta: 100))
        assertConsistent(planted)
        let error = try XCTUnwrap(planted.plantedErrors.first)
        XCTAssertEqual(error.kind, .cellDelta)
        XCTAssertEqual(RenderedReportTests.hundredths(error.plantedText), RenderedReportTests.hundredths(error.originalText) + 100)
        XCTAssertEqual(error.figure, .tableCell(table: "05", row: "215", column: "小计"))
        XCTAssertFalse(error.relatedRanges.isEmpty, "the 合计 above it is related")
    }

    func testStaleTotalAndRowTransfer() throws {
        let stale = try plant(.staleTotal(table: "06", row: "30201", column: "决算数", delta: 50))
        assertConsistent(stale)
        let total = try XCTUnwrap(stale.figures.first { $0.kind == .tableCell(table: "06", row: "302", column: "决算数") })
        XCTAssertTrue(stale.plantedErrors[0].relatedRanges.contains(total.range), "302 is the stale total")

        let moved = try plant(.rowTransfer(table: "03", from: "2080502", to: "2080505", column: "基本支出",
                                           totalColumn: "本年支出合计", delta: 500))
        assertConsistent(moved)
        XCTAssertEqual(moved.plantedErrors[0].changedRanges.count, 4)
        // 03 still adds up per row.
        func value(_ row: String, _ column: String) -> Int64 {
            moved.figures.first { $0.kind == .tableCell(table: "03", row: row, column: column) }
                .map { RenderedReportTests.hundredths($0.text) } ?? 0
        }
        for row in ["2080502", "2080505"] {
            XCTAssertEqual(value(row, "本年支出合计"), value(row, "基本支出") + value(row, "项目支出"))
        }
    }

    func testNarrativeErrors() throws {
        let amount = try plant(.narrativeAmount(section: "六", quantity: "人员经费", delta: 1_000))
        assertConsistent(amount)
        XCTAssertTrue(amount.plantedErrors[0].plantedText.contains(",") || RenderedReportTests.hundredths(amount.plantedErrors[0].plantedText) < 100_000)

        let percent = try plant(.narrativePercent(section: "三", quantity: "基本支出占比", delta: 100))
        assertConsistent(percent)
        XCTAssertEqual(RenderedReportTests.hundredths(percent.plantedErrors[0].plantedText),
                       RenderedReportTests.hundredths(percent.plantedErrors[0].originalText) + 100)

        let swapped = try plant(.swappedDigits(.narrative(section: "五(二)", quantity: "类占比 215")))
        assertConsistent(swapped)
        XCTAssertEqual(swapped.plantedErrors[0].plantedText.sorted(), swapped.plantedErrors[0].originalText.sorted())

        let count = try plant(.countMismatch(section: "第一部分", quantity: "内设机构数", delta: -1))
        assertConsistent(count)
        XCTAssertEqual(Int(count.plantedErrors[0].plantedText)! + 1, Int(count.plantedErrors[0].originalText)!)

        let year = try plant(.wrongYear(section: "十(三)", quantity: "截至年份", delta: -1))
        assertConsistent(year)
        XCTAssertEqual(year.plantedErrors[0].plantedText, "2023")
        XCTAssertTrue(year.text.contains("截至2023年12月31日"))
    }

    func testSeveralErrorsKeepRangesRight() throws {
        let planted = try clean.planting(BundledExample.plans)
        assertConsistent(planted)
        XCTAssertEqual(planted.plantedErrors.count, BundledExample.plans.count)
    }

    func testUnknownTargetThrowsAndChangesNothing() {
        XCTAssertThrowsError(try plant(.cellDelta(table: "05", row: "9999999", column: "小计", delta: 1)))
        XCTAssertThrowsError(try plant(.wrongYear(section: "十(三)", quantity: "截至年份", delta: -1),
                                       in: SyntheticReports.report(seed: 11, layout: .henanSpaceSeparated)))
    }

    func testSwapDigits() {
        XCTAssertEqual(ErrorPlanter.swapDigits("15.36"), "15.63")
        XCTAssertEqual(ErrorPlanter.swapDigits("1,835.83"), "1,835.38")
        XCTAssertEqual(ErrorPlanter.swapDigits("100.00"), "010.00")
        XCTAssertNil(ErrorPlanter.swapDigits("0"))
        XCTAssertNil(ErrorPlanter.swapDigits("11.11"))
    }
}

final class FigureMutationTests: XCTestCase {
    func testMutatedTextsAndReplacement() {
        let report = SyntheticReports.report(seed: 3)
        let index = report.figures.firstIndex { $0.kind == .tableCell(table: "05", row: "合计", column: "小计") }!
        let figure = report.figures[index]
        let mutants = figure.mutatedTexts()
        XCTAssertTrue(mutants.contains(FigureFormatting.plain(figure.units + 100)))
        XCTAssertTrue(mutants.contains(FigureFormatting.plain(figure.units - 10)))
        XCTAssertFalse(mutants.contains(figure.text))
        XCTAssertFalse(mutants.contains { $0.contains(",") }, "table cells are written without separators")
        for mutant in mutants {
            let mutated = report.replacingFigure(at: index, with: mutant)
            XCTAssertEqual(mutated.text(at: mutated.figures[index].range), mutant)
            for (a, b) in zip(report.figures, mutated.figures) where a.range != figure.range {
                XCTAssertEqual(a.text, b.text)
                XCTAssertEqual(mutated.text(at: b.range), b.text)
            }
        }
        let narrative = report.figures.first { $0.kind == .narrative(section: "一", quantity: "收入总计") }!
        XCTAssertTrue(narrative.mutatedTexts().contains { $0.contains(",") || $0.count < 7 })
        let count = report.figures.first { $0.unit == .count && $0.units > 0 }!
        XCTAssertEqual(count.mutatedTexts().prefix(2), [String(count.units + 1), String(count.units - 1)])
    }
}
