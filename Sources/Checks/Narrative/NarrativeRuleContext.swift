import Catalog
import Report

/// What a narrative rule sees while it runs: the report's tables, its narrative sentence by sentence,
/// and the requirements it states. Each `require…` compares one narrative number, records the match,
/// and turns a failure into a finding on that number. A counterpart that cannot be read with confidence
/// (an undetermined cell, a row the table does not have) is passed as nil and nothing is said.
public final class NarrativeRuleContext {
    /// Read through `table(_:)` only: it records what the rule read (see `reads`).
    private let tables: IndexedReport
    let facts: NarrativeFacts
    /// The unit of the tables (万元 unless a header says otherwise).
    let tableUnit: AmountUnit
    /// The year the report covers, when the tables or headings state it.
    let reportYear: Int?
    let catalog: Catalog
    private let options: CheckOptions
    private var code = ""
    private var severity = Severity.error
    /// What the current rule found, matched and read (reset by `begin`).
    private(set) var findings: [Finding] = []
    private(set) var matches: [NarrativeMatch] = []
    private(set) var reads = TableKindSet()
    /// 类 names already resolved to codes during this check (the catalog lookup scans every entry).
    var categoryCodes: [String: String?] = [:]

    init(report: Report, tables: IndexedReport, facts: NarrativeFacts, catalog: Catalog, options: CheckOptions) {
        self.tables = tables
        self.facts = facts
        self.tableUnit = report.unit ?? .wanYuan
        self.catalog = catalog
        self.options = options
        self.reportYear = report.year?.value ?? NarrativeFacts.statedYear(facts.narrative)
    }

    /// True when differences within the rounding bound are to be reported (as Information).
    var reportsRounding: Bool { options.reportRounding }

    func begin(_ rule: NarrativeRule) {
        code = rule.code
        severity = rule.severity
        findings = []
        matches = []
        reads = TableKindSet()
    }

    // MARK: Reading tables

    func table(_ kind: TableKind) -> IndexedTable? {
        reads.insert(kind)
        return tables[kind]
    }

    /// The amount column of a one-column table (公开06, 公开10): its `amount` column, else its first.
    func amountColumn(_ table: IndexedTable) -> Int? {
        table.columnIndex(.amount) ?? table.columns.first?.index
    }

    /// The figure of row `row`, column `column` of `table` as an operand; nil when undetermined.
    func operand(_ table: IndexedTable, row: Int, column: Int) -> NarrativeOperand? {
        let f = table.figure(row: row, column: column)
        if f.isUndetermined { return nil }
        return NarrativeOperand(figure: f, tableUnit: tableUnit)
    }

    /// The figure of the row with `role` in the column with `columnRole`. Nil when the table, row or column is
    /// missing or the cell undetermined; zero (pointing at the title) when the table says it has no data.
    func operand(_ kind: TableKind, _ role: RowLabelRole, side: TableSide? = nil, column columnRole: ColumnRole) -> NarrativeOperand? {
        guard let t = table(kind) else { return nil }
        if t.isEmpty { return emptyTableOperand(t) }
        let columnSide = t.kind.isTwoSided ? side : nil
        let column = t.columnIndex(columnRole, side: columnSide) ?? (columnRole == .amount && t.kind == .relatedInformation ? amountColumn(t) : nil)
        guard let c = column, let r = t.rowIndex(role, side: side) else { return nil }
        return operand(t, row: r, column: c)
    }

    /// The figure of function code `code` (its row, or Σ its written descendants when only those are listed).
    func operand(_ kind: TableKind, code: String, column columnRole: ColumnRole) -> NarrativeOperand? {
        guard let t = table(kind) else { return nil }
        if t.isEmpty { return emptyTableOperand(t) }
        guard let c = t.columnIndex(columnRole) else { return nil }
        if let r = t.rowIndex(code: code) { return operand(t, row: r, column: c) }
        let rows = t.rowsSumming(toCode: code)
        guard !rows.isEmpty else { return nil }
        let figures = rows.map { t.figure(row: $0, column: c) }
        if figures.contains(where: \.isUndetermined) { return nil }
        return NarrativeOperand(sum: figures, tableUnit: tableUnit,
                                label: LocalizedText(zh: "\(t.tableLabel.zh) \(code) 下级科目之和", en: "\(t.tableLabel.en) sum of \(code)'s items"))
    }

    /// Zero, for a table that says `本表无数据`.
    func emptyTableOperand(_ t: IndexedTable) -> NarrativeOperand {
        NarrativeOperand(value: .zero, radius: .zero, range: t.titleRange,
                         label: LocalizedText(zh: "\(t.tableLabel.zh)（本表无数据） 0", en: "\(t.tableLabel.en) (no data) 0"))
    }

    /// Several operands added up (the sum rule applies to the comparison).
    func sum(_ parts: [NarrativeOperand?], label: LocalizedText) -> NarrativeOperand? {
        var v = Amount.zero, r = Amount.zero
        var range: SourceRange?
        var addends = 0
        for p in parts {
            guard let p else { return nil }
            v += p.value
            r += p.radius
            range = range ?? p.range
            if !p.radius.isZero { addends += p.addends }
        }
        var result = NarrativeOperand(value: v, radius: r, range: range,
                                      label: LocalizedText(zh: label.zh + " " + v.normalizedDescription, en: label.en + " " + v.normalizedDescription))
        result.addends = max(1, addends)
        result.isTableFigure = parts.allSatisfy { $0?.isTableFigure ?? false }
        return result
    }

    // MARK: Requirements

    /// The narrative amount `m` quotes `target` (a table cell, or a sum of cells when `target` adds several).
    func requireQuote(_ m: NumericMention, in s: NarrativeFactSentence, equals target: NarrativeOperand?,
                      what: LocalizedText, isSum: Bool = false) {
        guard let target, m.wanYuan != nil, let unit = m.unit, !m.hasPlaceholderDash else { return }
        let isSum = isSum || target.addends > 1
        // Compared in the narrative's own unit and precision: `88万元` quotes 88.00, `0.15亿元` quotes 1,523.45万元.
        let written = m.value
        let t = target.value.scaled(byPowerOfTen: -unit.powerOfTenToWanYuan)
        let comparable = written.decimals < t.decimals && !isSum ? t.rounded(toDecimals: written.decimals) : t
        let difference = (written - comparable).magnitude
        let oneUnit = Amount(units: 1, decimals: max(written.decimals, 2))
        let tolerance = isSum
            ? (NarrativeOperand.radius(written: m.value, unit: unit) + target.radius).scaled(byPowerOfTen: -unit.powerOfTenToWanYuan)
            : .zero
        // A counterpart written more coarsely than the number (`0.15亿元` against `1,523.45万元`) covers its own interval.
        let ownRadius = NarrativeOperand.radius(written: m.value, unit: unit)
        let coarse = !isSum && target.radius > ownRadius
            && difference <= target.radius.scaled(byPowerOfTen: -unit.powerOfTenToWanYuan)
        let holds = difference <= tolerance || coarse
        record(m, target, holds: holds)
        guard !holds else { return }
        let nearMiss = !isSum && difference <= oneUnit
        let shown = NarrativeOperand.writtenText(m, s.sentence)
        let grouped = shown.contains(",")
        // Written as an integer and the value is whole: keep it whole (`48万元`, `15,234,500元`).
        let decimals = t.rounded(toDecimals: written.decimals) == t ? written.decimals : max(written.decimals, min(2, t.decimals))
        let fixText = NarrativeNumberFormat.format(t, decimals: decimals, grouped: grouped)
        let message = LocalizedText(
            zh: "\(what.zh) \(shown) 与\(target.label.zh) 不符（差 \(difference.normalizedDescription)\(unit.chinese)）",
            en: "\(what.en) \(shown) does not match \(target.label.en) (difference \(difference.normalizedDescription) \(unit.chinese))")
        let fixTitle = target.isTableFigure ? LocalizedText(zh: "改为表中数值 \(fixText)", en: "Replace with the table value \(fixText)")
            : LocalizedText(zh: "改为 \(fixText)", en: "Replace with \(fixText)")
        let fixes = isSum ? [] : [Fix(title: fixTitle,
                                      replacements: [TextReplacement(range: m.numberRange, newText: fixText)])]
        emit(range: m.range, message: message, related: related(target, zh: "对应数", en: "counterpart"),
             fixes: fixes, nearMiss: nearMiss)
    }

    /// The percentage `p` is `numerator / denominator` (interval rule).
    func requireRatio(_ p: NumericMention, in s: NarrativeFactSentence, numerator: NarrativeOperand?,
                      denominator: NarrativeOperand?, what: LocalizedText) {
        guard let numerator, let denominator, let percent = p.percentage else { return }
        // `0%` for 0/0 is a convention (003 完成预算的 0%); any other percentage of nothing is wrong.
        if numerator.value.isZero && (percent.isZero || denominator.value.isZero) {
            let holds = percent.isZero
            record(p, numerator, denominator, holds: holds)
            if !holds {
                emit(range: p.range, message: LocalizedText(
                    zh: "\(what.zh) \(NarrativeOperand.writtenText(p, s.sentence)) 不可能：\(numerator.label.zh) 为 0",
                    en: "\(what.en) \(NarrativeOperand.writtenText(p, s.sentence)) is impossible: \(numerator.label.en) is 0"),
                     related: related(numerator, zh: "分子", en: "numerator"),
                     fixes: [Fix(title: LocalizedText(zh: "改为 0%", en: "Replace with 0%"),
                                 replacements: [TextReplacement(range: p.numberRange, newText: "0")])], nearMiss: false)
            }
            return
        }
        let verdict = RatioInterval.verdict(percent: percent, numerator: numerator, denominator: denominator)
        if verdict == .undecidable { return }
        let holds = verdict == .consistent
        record(p, numerator, denominator, holds: holds)
        guard !holds else { return }
        let decimals = max(percent.decimals, 2)
        let expected = RatioInterval.percentage(numerator: numerator.value, denominator: denominator.value, decimals: decimals)
        let expectedText = expected.map { $0.formatted(decimals: decimals) + "%" } ?? "?"
        let shown = NarrativeOperand.writtenText(p, s.sentence)
        let message = LocalizedText(
            zh: "\(what.zh) \(shown) 与 \(numerator.label.zh) ÷ \(denominator.label.zh) = \(expectedText) 不符",
            en: "\(what.en) \(shown) does not match \(numerator.label.en) ÷ \(denominator.label.en) = \(expectedText)")
        var fixes: [Fix] = []
        if let expected {
            let text = expected.formatted(decimals: decimals)
            fixes = [Fix(title: LocalizedText(zh: "改为 \(text)%", en: "Replace with \(text)%"),
                         replacements: [TextReplacement(range: p.numberRange, newText: text)])]
        }
        emit(range: p.range, message: message,
             related: related(numerator, zh: "分子", en: "numerator") + related(denominator, zh: "分母", en: "denominator"),
             fixes: fixes, nearMiss: verdict == .nearMiss)
    }

    /// The narrative amount `m` is at most `bound` (a part within its whole), with the rounding slack of both.
    func requireAtMost(_ m: NumericMention, in s: NarrativeFactSentence, bound: NarrativeOperand?, what: LocalizedText) {
        guard let bound, let own = NarrativeOperand(mention: m, sentence: s.sentence) else { return }
        let holds = own.value <= bound.value + own.radius + bound.radius
        record(m, bound, holds: holds)
        guard !holds else { return }
        let shown = NarrativeOperand.writtenText(m, s.sentence)
        emit(range: m.range, message: LocalizedText(zh: "\(what.zh) \(shown) 超过\(bound.label.zh)",
                                                    en: "\(what.en) \(shown) exceeds \(bound.label.en)"),
             related: related(bound, zh: "上限", en: "bound"), fixes: [], nearMiss: false)
    }

    /// The narrative total `total` = Σ `parts` stated next to it (`支出合计X，其中：基本支出A，项目支出B…`), by the sum rule.
    /// The finding points at the total; the parts are related.
    func requireNarrativeSum(_ total: NumericMention, in s: NarrativeFactSentence, parts: [(NumericMention, NarrativeSentence)], what: LocalizedText) {
        guard parts.count >= 2 else { return }
        let operands = parts.map { NarrativeOperand(mention: $0.0, sentence: $0.1) }
        guard var sum = sum(operands, label: LocalizedText(zh: "文中各项之和", en: "the parts stated")) else { return }
        sum.addends = max(2, parts.count)
        sum.range = nil
        let before = findings.count
        requireQuote(total, in: s, equals: sum, what: what, isSum: true)
        guard findings.count > before else { return }
        findings[findings.count - 1].related = parts.map {
            RelatedLocation(range: $0.0.range, message: LocalizedText(zh: "加数：\(NarrativeSubject.normalized($0.0.subject))", en: "addend"))
        }
    }

    /// The count `m` must lie in `expected` (a single value for an exact count).
    func requireCount(_ m: NumericMention, expected: ClosedRange<Int>, counterpart: LocalizedText, related: [SourceRange]) {
        let value = Int(m.value.units)
        guard m.value.decimals == 0 else { return }
        let holds = expected.contains(value)
        matches.append(NarrativeMatch(code: code, mentionRange: m.range, counterpart: counterpart, targetRanges: related, holds: holds))
        guard !holds else { return }
        let want = expected.lowerBound == expected.upperBound ? "\(expected.lowerBound)" : "\(expected.lowerBound)–\(expected.upperBound)"
        var fixes: [Fix] = []
        if expected.lowerBound == expected.upperBound {
            fixes = [Fix(title: LocalizedText(zh: "改为 \(want)", en: "Replace with \(want)"),
                         replacements: [TextReplacement(range: m.numberRange, newText: want)])]
        }
        emit(range: m.range,
             message: LocalizedText(zh: "文中数量 \(m.value) 与\(counterpart.zh)（\(want)）不符", en: "the count \(m.value) does not match \(counterpart.en) (\(want))"),
             related: related.map { RelatedLocation(range: $0, message: counterpart) }, fixes: fixes, nearMiss: false)
    }

    /// A finding the `require…` forms cannot express, with the current rule's code.
    func report(range: SourceRange, message: LocalizedText, related: [RelatedLocation] = [], fixes: [Fix] = [],
                severity explicit: Severity? = nil) {
        let s = options.severityOverrides[code] ?? explicit ?? severity
        findings.append(Finding(code: code, severity: s, range: range, message: message, related: related, fixes: fixes))
    }

    // MARK: Internals

    private func emit(range: SourceRange, message: LocalizedText, related: [RelatedLocation], fixes: [Fix], nearMiss: Bool) {
        let s = options.severityOverrides[code] ?? (nearMiss ? min(.warning, severity) : severity)
        findings.append(Finding(code: code, severity: s, range: range, message: message, related: related, fixes: fixes))
    }

    private func related(_ o: NarrativeOperand, zh: String, en: String) -> [RelatedLocation] {
        guard let r = o.range else { return [] }
        return [RelatedLocation(range: r, message: LocalizedText(zh: "\(zh)：\(o.label.zh)", en: "\(en): \(o.label.en)"))]
    }

    private func record(_ m: NumericMention, _ operands: NarrativeOperand..., holds: Bool) {
        let label = operands.map(\.label)
        matches.append(NarrativeMatch(code: code, mentionRange: m.range,
                                      counterpart: LocalizedText(zh: label.map(\.zh).joined(separator: "；"), en: label.map(\.en).joined(separator: "; ")),
                                      targetRanges: operands.compactMap(\.range), holds: holds))
    }
}
