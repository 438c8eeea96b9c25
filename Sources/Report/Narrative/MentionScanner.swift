/// Finds the numbers of a sentence's normalised text and classifies them
/// (amount with unit, percentage, count, year, other), skipping ordinals
/// (`1、`, `(1)`, `第3`), date parts (`12月31日`) and spreadsheet errors (`#DIV/0!`).
enum MentionScanner {
    private static let wan = Array("万元".utf8), yi = Array("亿元".utf8), yuan = Array("元".utf8)
    private static let year = Array("年".utf8), du = Array("度".utf8)
    private static let dateParts: [[UInt8]] = ["月", "日", "号", "时"].map { Array($0.utf8) }
    private static let divZero = Array("#DIV/0!".utf8)
    private static let fillers: [[UInt8]] = ["其中", "为", "是", "共计", "共", "达到", "达", "约", "了", "的", "各", "均"].map { Array($0.utf8) }
    private static let share = Array("占".utf8)
    /// Comparison phrases that open a change (`比上年度减少…`): not part of the subject.
    private static let comparisonPrefixes: [[UInt8]] = [
        "与上年度相比", "与上年相比", "较上年决算", "较上年度", "较上年", "比上年度", "比上年", "同比", "其中",
    ].map { Array($0.utf8) }

    static func scan(_ t: [UInt8], slice: TextSlicer, map: TextSourceMap, clauses: [NarrativeClause],
                     directions: [(direction: ChangeDirection, range: Range<Int>)]) -> [NumericMention] {
        var mentions: [NumericMention] = []
        var i = 0
        let end = t.count
        var clauseIndex = 0
        var lastEndInClause = 0
        var previousSubject = Substring()
        while i < end {
            let b = t[i]
            if b == 0x23, NarrativeBytes.hasPrefix(t, at: i, divZero, end: end) { i += divZero.count; continue }
            guard NarrativeBytes.isDigit(b) else {
                i += NarrativeBytes.characterWidth(t, at: i, end: end)
                continue
            }
            // A number starts here.
            let (numberEnd, parsed, isInteger) = readNumber(t, at: i)
            // Skip past a number that is not a mention; a mention moves `i` past its unit itself
            // (the next number may follow the unit directly: `2023年8,500.00万元`).
            let numberStart0 = i
            defer { if i == numberStart0 { i = max(numberEnd, i + 1) } }
            guard let written = parsed else { continue }
            // Ordinals, item numbers and date parts are not mentions.
            if isInteger {
                if NarrativeBytes.hasPrefix(t, at: numberEnd, NarrativeBytes.enumerationComma, end: end) { continue }
                if NarrativeBytes.hasSuffix(t, end: i, NarrativeBytes.di) { continue }
                if i > 0, t[i - 1] == 0x28, numberEnd < end, t[numberEnd] == 0x29 { continue }
                if dateParts.contains(where: { NarrativeBytes.hasPrefix(t, at: numberEnd, $0, end: end) }) { continue }
            }
            // Clause of this number.
            while clauseIndex + 1 < clauses.count, clauses[clauseIndex + 1].textRange.lowerBound <= i { clauseIndex += 1; lastEndInClause = 0 }
            let clauseStart = clauses.indices.contains(clauseIndex) ? clauses[clauseIndex].textRange.lowerBound : 0
            // A leading dash: a placeholder before a unit (`-260万元`), a sign otherwise.
            let hasDash = i > 0 && t[i - 1] == 0x2D && !(i > 1 && NarrativeBytes.isASCIIAlphanumeric(t[i - 2]))
            // Unit or measure word.
            var unitEnd = numberEnd
            var kind: NumericMention.Kind
            if numberEnd < end, t[numberEnd] == 0x25 {
                unitEnd += 1
                kind = .percentage(hasDash ? -written : written)
            } else if let (unit, length) = amountUnit(t, at: numberEnd) {
                unitEnd += length
                kind = .amount(written, unit: unit, wanYuan: unit.toWanYuan(written))
            } else if isInteger, numberEnd - i == 4, written.units >= 1900, written.units <= 2199,
                      NarrativeBytes.hasPrefix(t, at: numberEnd, year, end: end) {
                unitEnd += year.count
                if NarrativeBytes.hasPrefix(t, at: unitEnd, du, end: end) { unitEnd += du.count }
                kind = .year(Int(written.units))
            } else if let word = MeasureWord.match(t, at: numberEnd, end: end) {
                unitEnd += word.count
                kind = .count(written, measureWord: String(decoding: word, as: UTF8.self))
            } else {
                kind = .number(hasDash ? -written : written)
            }
            let isPlaceholder: Bool
            switch kind {
            case .amount, .count: isPlaceholder = hasDash
            default: isPlaceholder = false
            }
            let value: Amount
            switch kind {
            case .year(let y): value = Amount(y)
            case .percentage(let p), .number(let p): value = p
            default: value = written
            }
            let numberStart = hasDash && !isPlaceholder ? i - 1 : i
            // Label: the clause text since the previous number.
            let labelStart = max(clauseStart, lastEndInClause)
            let labelEnd = hasDash ? i - 1 : i
            let labelRange = trimmed(t, labelStart..<max(labelStart, labelEnd))
            let label = slice(labelRange)
            let direction = directions.last { $0.range.lowerBound >= labelRange.lowerBound && $0.range.upperBound <= labelRange.upperBound }?.direction
            let isShare = NarrativeBytes.hasPrefix(t, at: labelRange.lowerBound, share, end: labelRange.upperBound)
            var subject = isShare ? Substring() : slice(subjectRange(t, labelRange))
            switch kind {
            case .amount, .percentage, .count: if subject.isEmpty && (isShare || direction != nil) { subject = previousSubject }
            case .year, .number: break
            }
            let numberRange = map.coveringSourceRange(ofText: numberStart..<numberEnd)
            let fullRange = map.coveringSourceRange(ofText: numberStart..<unitEnd)
            guard let numberRange, let fullRange else { continue }
            mentions.append(NumericMention(
                kind: kind, value: value, numberRange: numberRange, range: fullRange,
                numberTextRange: numberStart..<numberEnd, textRange: numberStart..<unitEnd,
                clauseIndex: min(clauseIndex, max(0, clauses.count - 1)), label: label, subject: subject,
                direction: direction, isShare: isShare, hasPlaceholderDash: isPlaceholder))
            switch kind {
            case .amount, .percentage, .count: previousSubject = subject
            default: break
            }
            lastEndInClause = unitEnd
            i = unitEnd
        }
        return mentions
    }

    /// Reads `1,835.83`, `496400`, `7.496,5` (→ 7.4965) at `start`: returns the end offset,
    /// the amount (nil when it overflows or has more than `Amount.maxDecimals` decimals) and
    /// whether it was written without a fraction.
    private static func readNumber(_ t: [UInt8], at start: Int) -> (end: Int, amount: Amount?, isInteger: Bool) {
        var j = start
        var units: Int64 = 0
        var overflow = false
        var decimals = 0
        @inline(__always) func push(_ digit: UInt8) {
            let (m, o1) = units.multipliedReportingOverflow(by: 10)
            let (s, o2) = m.addingReportingOverflow(Int64(digit - 0x30))
            if o1 || o2 { overflow = true } else { units = s }
        }
        while j < t.count, NarrativeBytes.isDigit(t[j]) { push(t[j]); j += 1 }
        // Thousands groups `,ddd` (not followed by another digit), after a first group of 1–3 digits.
        if j - start <= 3 {
            while j + 3 < t.count, t[j] == 0x2C,
                  NarrativeBytes.isDigit(t[j + 1]), NarrativeBytes.isDigit(t[j + 2]), NarrativeBytes.isDigit(t[j + 3]),
                  !(j + 4 < t.count && NarrativeBytes.isDigit(t[j + 4])) {
                push(t[j + 1]); push(t[j + 2]); push(t[j + 3])
                j += 4
            }
        }
        var isInteger = true
        if j + 1 < t.count, t[j] == 0x2E, NarrativeBytes.isDigit(t[j + 1]) {
            isInteger = false
            j += 1
            while j < t.count, NarrativeBytes.isDigit(t[j]) { push(t[j]); decimals += 1; j += 1 }
            // Odd grouping `7.496,5`: fraction digits continue after a comma.
            if j + 1 < t.count, t[j] == 0x2C, NarrativeBytes.isDigit(t[j + 1]) {
                var k = j + 1
                while k < t.count, NarrativeBytes.isDigit(t[k]) { k += 1 }
                if k - j - 1 <= 2 {
                    for d in t[(j + 1)..<k] { push(d); decimals += 1 }
                    j = k
                }
            }
        }
        let amount = overflow || decimals > Amount.maxDecimals ? nil : Amount(units: units, decimals: decimals)
        return (j, amount, isInteger)
    }

    private static func amountUnit(_ t: [UInt8], at i: Int) -> (AmountUnit, Int)? {
        if NarrativeBytes.hasPrefix(t, at: i, wan) { return (.wanYuan, wan.count) }
        if NarrativeBytes.hasPrefix(t, at: i, yi) { return (.yiYuan, yi.count) }
        if NarrativeBytes.hasPrefix(t, at: i, yuan) { return (.yuan, yuan.count) }
        return nil
    }

    private static func trimmed(_ t: [UInt8], _ range: Range<Int>) -> Range<Int> {
        var lo = range.lowerBound, hi = range.upperBound
        while lo < hi, t[lo] == 0x20 || t[lo] == 0x2D { lo += 1 }
        while hi > lo, t[hi - 1] == 0x20 { hi -= 1 }
        return lo..<hi
    }

    /// The label without a leading `其中` or comparison phrase and without trailing fillers and direction words.
    static func subjectRange(_ t: [UInt8], _ range: Range<Int>) -> Range<Int> {
        var lo = range.lowerBound, hi = range.upperBound
        var changed = true
        while changed && lo < hi {
            changed = false
            for p in comparisonPrefixes where NarrativeBytes.hasPrefix(t, at: lo, p, end: hi) {
                lo += p.count; changed = true; break
            }
            // A list marker `(1)` / `(一)` in front of the subject.
            if lo < hi, t[lo] == 0x28 {
                var k = lo + 1
                while k < hi, t[k] != 0x29, k - lo <= 10 { k += 1 }
                let inner = (lo + 1)..<k
                if k < hi, t[k] == 0x29, !inner.isEmpty,
                   inner.allSatisfy({ NarrativeBytes.isDigit(t[$0]) }) || NarrativeBytes.chineseNumeral(t, at: lo + 1, end: k)?.length == inner.count {
                    lo = k + 1; changed = true
                }
            }
            for f in fillers.dropFirst() where hi - f.count >= lo && NarrativeBytes.hasSuffix(t, end: hi, f) {
                hi -= f.count; changed = true; break
            }
            for word in ChangeDirection.words.literals where hi - word.count >= lo && NarrativeBytes.hasSuffix(t, end: hi, word) {
                hi -= word.count; changed = true; break
            }
        }
        return lo..<hi
    }
}
