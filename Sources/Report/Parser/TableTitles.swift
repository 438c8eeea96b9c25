/// Recognises table titles: the standard titles of the national template and its
/// provincial variants, plus 绩效自评 tables. Matching is on the title key
/// (whitespace, markup and quotes removed).
enum TableTitles {
    /// Exact titles, longest first so that `财政拨款收入支出决算总表` wins over `收入支出决算总表`.
    static let exact: [(String, TableKind)] = [
        ("一般公共预算财政拨款基本支出决算明细表", .generalBudgetBasicExpenditure),
        ("一般公共预算财政拨款基本支出决算表", .generalBudgetBasicExpenditure),
        ("一般公共预算财政拨款三公经费支出决算表", .threePublicExpenses),
        ("政府性基金预算财政拨款收入支出决算表", .governmentFund),
        ("政府性基金预算财政拨款支出决算表", .governmentFund),
        ("国有资本经营预算财政拨款收入支出决算表", .stateCapital),
        ("国有资本经营预算财政拨款支出决算表", .stateCapital),
        ("一般公共预算财政拨款支出决算表", .generalBudgetExpenditure),
        ("部门整体支出绩效自评情况表", .departmentPerformance),
        ("部门整体支出绩效自评表", .departmentPerformance),
        ("部门决算公开相关信息统计表", .relatedInformation),
        ("财政拨款三公经费支出决算表", .threePublicExpenses),
        ("财政拨款收入支出决算总表", .fiscalAppropriationSummary),
        ("基本支出决算明细表", .generalBudgetBasicExpenditure),
        ("三公经费支出决算表", .threePublicExpenses),
        ("相关信息统计表", .relatedInformation),
        ("收入支出决算总表", .incomeExpenditureSummary),
        ("基本支出决算表", .generalBudgetBasicExpenditure),
        ("收入决算表", .income),
        ("支出决算表", .expenditure),
    ]

    static let projectPerformanceSuffixes = ["项目支出绩效自评情况表", "项目支出绩效自评表", "项目绩效自评表"]

    /// The kind of a title key, or nil when it is not a table title.
    /// `key` has had its `公开NN表` marker and `(2024年度)` suffix removed.
    static func kind(ofKey key: String) -> TableKind? {
        guard !key.isEmpty, key.count <= 80, !key.contains("："), !key.contains("。"), !key.contains("，") else { return nil }
        for (title, kind) in exact where key == title { return kind }
        // A year prefix (`2024年度收入决算表`) is accepted for the standard titles.
        if let yearEnd = yearPrefixEnd(key) {
            let rest = String(key[yearEnd...])
            for (title, kind) in exact where rest == title { return kind }
        }
        if projectPerformanceSuffixes.contains(where: { key.hasSuffix($0) }) {
            if TextNormalizer.strippingOrdinal(key).ordinal != nil { return nil }   // a TOC or heading line
            return .projectPerformance
        }
        return nil
    }

    private static func yearPrefixEnd(_ key: String) -> String.Index? {
        var i = key.startIndex, digits = 0
        while i < key.endIndex, key[i].isASCII, key[i].isNumber { digits += 1; i = key.index(after: i) }
        guard digits == 4, i < key.endIndex, key[i] == "年" else { return nil }
        i = key.index(after: i)
        if i < key.endIndex, key[i] == "度" { i = key.index(after: i) }
        return i
    }

    /// Removes a trailing or leading `公开NN表` marker and a trailing `（2024年度）`; returns the
    /// rest and the marker's number.
    static func splitMarker(_ key: String) -> (title: String, number: Int?) {
        var s = key
        var number: Int?
        // Trailing (2024年度)
        if s.hasSuffix("）"), let open = s.lastIndex(of: "（") {
            let inner = s[s.index(after: open)..<s.index(before: s.endIndex)]
            if inner.hasSuffix("年度") || inner.hasSuffix("年") { s = String(s[..<open]) }
        }
        if TextNormalizer.contains(s, "公开"), let r = s.ranges(of: "公开").last {
            var j = r.upperBound
            var digits = ""
            while j < s.endIndex, s[j].isASCII, s[j].isNumber { digits.append(s[j]); j = s.index(after: j) }
            if !digits.isEmpty, digits.count <= 2 {
                if j < s.endIndex, s[j] == "表" { j = s.index(after: j) }
                if j == s.endIndex {
                    number = Int(digits)
                    s = String(s[..<r.lowerBound])
                } else if r.lowerBound == s.startIndex {
                    number = Int(digits)
                    s = String(s[j...])
                }
            }
        }
        return (s, number)
    }
}
