import XCTest
@testable import Report

/// Numeric mentions: amounts and units, percentages, counts, years, ordinals, direction words, oddities.
final class NarrativeMentionTests: XCTestCase {
    private typealias S = NarrativeTestSupport

    private func mentions(_ text: String) -> (bytes: [UInt8], mentions: [NumericMention]) {
        let (bytes, n) = S.parse(text)
        return (bytes, n.mentions)
    }

    func testAmountsAsPeopleWriteThem() {
        let (bytes, m) = mentions("收入1,835.83万元，支出1835.83 万元，项目支出88 万元，其他0万元。\n")
        XCTAssertEqual(m.map { S.source(bytes, $0.range) }, ["1,835.83万元", "1835.83 万元", "88 万元", "0万元"])
        XCTAssertEqual(m.map { S.source(bytes, $0.numberRange) }, ["1,835.83", "1835.83", "88", "0"])
        XCTAssertEqual(m.map(\.unit), [.wanYuan, .wanYuan, .wanYuan, .wanYuan])
        XCTAssertEqual(m.map(\.value.decimals), [2, 2, 0, 0])
        XCTAssertEqual(m.map(\.subject), ["收入", "支出", "项目支出", "其他"])
    }

    func testANumberRightAfterAUnitOrYearIsReadWhole() {
        // Nothing may be skipped after a mention: `年` directly followed by an amount, `万元` by a digit.
        let (bytes, m) = mentions("2023年8,500.00万元，2024年110.00万元，减少8,390.00万元。合计5万元3个。\n")
        XCTAssertEqual(m.map { S.source(bytes, $0.numberRange) }, ["2023", "8,500.00", "2024", "110.00", "8,390.00", "5", "3"])
        XCTAssertEqual(m.compactMap(\.year), [2023, 2024])
        XCTAssertEqual(m.filter { $0.unit != nil }.map(\.wanYuan), ["8500.00", "110.00", "8390.00", "5"].map { Amount(parsing: $0) })
    }

    func testYiYuanAndYuanConvertToWanYuanExactly() {
        let (bytes, m) = mentions("2024年为0.15亿元，2023年债券资金为1.38亿元。实际到位496400元，支付807848.5元。\n")
        let amounts = m.filter { $0.unit != nil }
        XCTAssertEqual(amounts.map(\.unit), [.yiYuan, .yiYuan, .yuan, .yuan])
        XCTAssertEqual(amounts.map(\.wanYuan), [Amount(parsing: "1500"), Amount(parsing: "13800"), Amount(parsing: "49.64"), Amount(parsing: "80.78485")])
        XCTAssertEqual(amounts.map { S.source(bytes, $0.range) }, ["0.15亿元", "1.38亿元", "496400元", "807848.5元"])
        XCTAssertEqual(m.compactMap(\.year), [2024, 2023])
        XCTAssertEqual(amounts[1].subject, "债券资金")
    }

    func testPercentagesInEveryForm() {
        let (bytes, m) = mentions("占比31.79%，占50%，下降40.3%，执行率27.84 %，完成100.00%，占比５０％。\n")
        XCTAssertEqual(m.compactMap(\.percentage), ["31.79", "50", "40.3", "27.84", "100.00", "50"].map { Amount(parsing: $0)! })
        XCTAssertEqual(m.map { S.source(bytes, $0.range) }, ["31.79%", "50%", "40.3%", "27.84 %", "100.00%", "５０％"])
        XCTAssertEqual(m[2].direction, .decrease)
    }

    func testCountsWithMeasureWords() {
        let (_, m) = mentions("共有车辆9辆，接待0批次，0人次，设备0台（套），下属单位3个，2家企业，1项，遗属4人，近2年。\n")
        XCTAssertEqual(m.compactMap(\.measureWord), ["辆", "批次", "人次", "台(套)", "个", "家", "项", "人", "年"])
        XCTAssertEqual(m.map(\.value), [9, 0, 0, 0, 3, 2, 1, 4, 2].map(Amount.init))
    }

    func testYearsDatesAndOrdinalsAreNotAmounts() {
        let (bytes, m) = mentions("截至2024年12月31日，2024 年度决算，第3季度，(1)项目，1、综合股；17、服务股。\n")
        XCTAssertEqual(m.map(\.kind), [.year(2024), .year(2024)])
        XCTAssertEqual(m.map { S.source(bytes, $0.range) }, ["2024年", "2024 年度"])
    }

    func testDirectionWordsOnMentionsAndClauses() throws {
        let (_, n) = S.parse("比上年度减少0.10万元，下降6.67%；因公出国（境）费支出0万元，与上年相同；决算数大于预算数，增加0.23万元，增长1.96%。\n")
        let s = try XCTUnwrap(n.sentences.first)
        XCTAssertEqual(s.mentions.map(\.direction), [.decrease, .decrease, nil, .increase, .increase])
        XCTAssertEqual(s.clauses.map(\.directions), [[.decrease], [.decrease], [], [.unchanged], [.greater], [.increase], [.increase]])
        // The change's percentage refers back to the amount's subject.
        XCTAssertEqual(s.mentions[4].subject, s.mentions[3].subject)
    }

    func testPlaceholderDashLatexAndSpreadsheetErrors() {
        let (bytes, m) = mentions("指标值-260万元，偏差-2,492.41，目标$\\geq 10\\%$，比率#DIV/0!，得分3.09资金来源。\n")
        XCTAssertEqual(m.count, 4)
        XCTAssertEqual(m[0].unit, .wanYuan)
        XCTAssertTrue(m[0].hasPlaceholderDash)
        XCTAssertEqual(m[0].value, Amount(260))
        XCTAssertEqual(S.source(bytes, m[0].range), "260万元")
        XCTAssertEqual(m[1].kind, .number(Amount(parsing: "-2492.41")!))
        XCTAssertEqual(S.source(bytes, m[1].numberRange), "-2,492.41")
        XCTAssertEqual(m[2].percentage, Amount(10))
        XCTAssertEqual(S.source(bytes, m[2].range), "10\\%")
        XCTAssertEqual(m[3].kind, .number(Amount(parsing: "3.09")!))
    }

    func testOddDecimalGroupingAndHugeNumbersDoNotCrash() {
        let (_, m) = mentions("预算7.496,5 万元，金额99999999999999999999999万元，比例12345,678元。\n")
        XCTAssertEqual(m.first?.wanYuan, Amount(parsing: "7.4965"))
        XCTAssertFalse(m.contains { $0.value.units > 1_000_000_000_000_000 })
    }

    func testComparisonPhrasesAreNotSubjects() throws {
        let (_, n) = S.parse("“三公”经费支出1.40万元，比上年度减少0.10万元，下降6.67%；机关运行经费11.99万元，比2023年增加0.23万元。\n")
        let m = try XCTUnwrap(n.sentences.first).mentions
        XCTAssertEqual(m.map(\.subject), ["“三公”经费支出", "“三公”经费支出", "“三公”经费支出", "机关运行经费", "比", "机关运行经费"])
        XCTAssertEqual(m.map(\.direction), [nil, .decrease, .decrease, nil, nil, .increase])
    }

    func testShareWithExplicitDenominatorInheritsTheAmountsSubject() throws {
        let (_, n) = S.parse("2024年一般公共预算财政拨款决算支出1,835.83万元，占本年支出合计的100.00%。\n")
        let m = try XCTUnwrap(n.sentences.first).mentions
        XCTAssertEqual(m.map(\.label), ["", "一般公共预算财政拨款决算支出", "占本年支出合计的"])
        XCTAssertTrue(m[2].isShare)
        XCTAssertEqual(m[2].subject, "一般公共预算财政拨款决算支出")
    }
}
