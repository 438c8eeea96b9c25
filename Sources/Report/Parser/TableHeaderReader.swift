/// Reads the header lines between a table's title and its grid: `公开NN表` markers
/// (possibly split: `公开02` / `表`), 部门名称 (possibly broken over two lines), 年度
/// and 金额单位 (possibly split: `金额单位：万` / `元`), in any order, on one line or several.
struct TableHeaderReader {
    let bytes: [UInt8]
    var header = TableHeader()
    private var lastField: Field?
    private enum Field { case department, unitWan, other }

    init(bytes: [UInt8]) { self.bytes = bytes }

    /// Consumes `line` when it is a header line; returns false at the first grid line.
    mutating func consume(_ line: Range<Int>) -> Bool {
        let t = ByteText.trimmed(bytes, LineClassifier.stripHeadingMarks(bytes, line))
        if t.isEmpty { return true }
        if bytes[t].contains(0x09) || bytes[t.lowerBound] == 0x7C || bytes[t.lowerBound] == 0x3C && ByteText.contains(bytes, t, Self.tagStart) {
            return false
        }
        let key = TextNormalizer.titleKey(ByteText.text(bytes, t))
        if let n = LineClassifier.marker(key) {
            if header.declaredNumber == nil { header.declaredNumber = HeaderField(value: n, range: SourceRange(t)) }
            lastField = .other
            return true
        }
        if key == "表" {
            if let d = header.declaredNumber { header.declaredNumber = HeaderField(value: d.value, range: d.range.union(SourceRange(t))) }
            lastField = .other
            return true
        }
        if key == "元", lastField == .unitWan, let u = header.unit {
            header.unit = HeaderField(value: .wanYuan, range: u.range.union(SourceRange(t)))
            lastField = .other
            return true
        }
        var matched = false
        if let dept = department(in: t) { header.department = dept; matched = true; lastField = .department }
        if let year = year(in: t), header.year == nil { header.year = year; matched = true; if lastField != .department { lastField = .other } }
        if let unit = unit(in: t) {
            header.unit = unit.field
            matched = true
            lastField = unit.splitWan ? .unitWan : .other
        }
        if matched { return true }
        if lastField == .department, let d = header.department, !Self.looksComplete(d.value), isNameContinuation(t) {
            header.department = HeaderField(value: d.value + ByteText.text(bytes, t).filter { !$0.isWhitespace },
                                            range: d.range.union(SourceRange(t)))
            lastField = .other
            return true
        }
        return false
    }

    /// Organisation names end with one of these; a name that does not was broken over lines.
    private static let nameEndings: Set<Character> = ["局", "部", "委", "会", "院", "所", "心", "办", "室", "厅", "处", "站", "队", "馆", "社", "校", "府", "司", "团", "署", "行", "园", "区", "场", "库", "台", "组"]

    static func looksComplete(_ name: String) -> Bool {
        guard let last = name.last else { return true }
        return nameEndings.contains(last)
    }

    private func isNameContinuation(_ t: Range<Int>) -> Bool {
        guard t.count <= 45 else { return false }
        for i in t {
            let b = bytes[i]
            if b < 0x80 && b != 0x20 { return false }
        }
        let key = TextNormalizer.normalize(ByteText.text(bytes, t))
        return !key.contains("：") && !key.hasPrefix("收入") && !key.hasPrefix("项目") && !key.hasPrefix("预算")
            && !key.hasPrefix("人员经费") && !key.hasPrefix("经济分类") && !key.hasPrefix("科目") && !key.contains("、")
    }

    private static let departmentLabels: [[UInt8]] = ["部门（单位）名称", "部门(单位)名称", "部门名称", "单位名称", "部门"].map { Array($0.utf8) }
    private static let colonFull: [UInt8] = Array("：".utf8)
    private static let tagStart: [UInt8] = Array("<t".utf8)
    private static let amountUnitLabel: [UInt8] = Array("金额单位".utf8)
    private static let nian: [UInt8] = Array("年".utf8)
    private static let du: [UInt8] = Array("度".utf8)
    private static let unitLabel: [UInt8] = Array("单位".utf8)

    private func department(in t: Range<Int>) -> HeaderField<String>? {
        for label in Self.departmentLabels {
            guard let at = ByteText.firstIndex(of: label, in: bytes, t) else { continue }
            var i = at + label.count
            while i < t.upperBound, ByteText.whitespaceWidth(bytes, at: i, limit: t.upperBound) > 0 { i += 1 }
            var hasColon = false
            if i < t.upperBound, bytes[i] == 0x3A { i += 1; hasColon = true } else if LineClassifier.hasPrefix(bytes, i..<t.upperBound, Self.colonFull) { i += 3; hasColon = true }
            if !hasColon && label.count <= 6 { continue }   // `部门` alone needs a colon
            let valueStart = i
            var valueEnd = t.upperBound
            var j = valueStart
            while j < t.upperBound {
                if isYearStart(j, t) || LineClassifier.hasPrefix(bytes, j..<t.upperBound, Self.amountUnitLabel)
                    || unitLabelAt(j, t) != nil || bytes[j] == 0x09 {
                    valueEnd = j
                    break
                }
                j += 1
            }
            let v = ByteText.trimmed(bytes, valueStart..<valueEnd)
            guard !v.isEmpty else { return nil }
            return HeaderField(value: ByteText.text(bytes, v).filter { !$0.isWhitespace }, range: SourceRange(v))
        }
        return nil
    }

    private func isYearStart(_ j: Int, _ t: Range<Int>) -> Bool {
        guard j + 4 <= t.upperBound else { return false }
        if j > t.lowerBound, bytes[j - 1] >= 0x30 && bytes[j - 1] <= 0x39 { return false }
        for k in 0..<4 where !(bytes[j + k] >= 0x30 && bytes[j + k] <= 0x39) { return false }
        var i = j + 4
        while i < t.upperBound, bytes[i] == 0x20 { i += 1 }
        return LineClassifier.hasPrefix(bytes, i..<t.upperBound, Self.nian)
    }

    private func year(in t: Range<Int>) -> HeaderField<Int>? {
        var j = t.lowerBound
        while j < t.upperBound {
            if isYearStart(j, t) {
                let value = Int(String(decoding: bytes[j..<j + 4], as: UTF8.self)) ?? 0
                var end = j + 4
                while end < t.upperBound, bytes[end] == 0x20 { end += 1 }
                end += 3   // 年
                if LineClassifier.hasPrefix(bytes, end..<t.upperBound, Self.du) { end += 3 }
                return HeaderField(value: value, range: SourceRange(start: j, end: min(end, t.upperBound)))
            }
            j += 1
        }
        return nil
    }

    /// Offset just after `单位：`/`单位:` at `j`.
    private func unitLabelAt(_ j: Int, _ t: Range<Int>) -> Int? {
        let label = Self.unitLabel
        guard LineClassifier.hasPrefix(bytes, j..<t.upperBound, label) else { return nil }
        var i = j + label.count
        while i < t.upperBound, bytes[i] == 0x20 { i += 1 }
        if i < t.upperBound, bytes[i] == 0x3A { return i + 1 }
        if LineClassifier.hasPrefix(bytes, i..<t.upperBound, Self.colonFull) { return i + 3 }
        return nil
    }

    private func unit(in t: Range<Int>) -> (field: HeaderField<AmountUnit>, splitWan: Bool)? {
        var j = t.lowerBound
        while j < t.upperBound {
            if let after = unitLabelAt(j, t) {
                let v = ByteText.trimmed(bytes, after..<t.upperBound)
                let text = TextNormalizer.normalize(ByteText.text(bytes, v))
                let range = SourceRange(v.lowerBound..<min(v.upperBound, v.lowerBound + min(v.count, 6)))
                if text.hasPrefix("万元") { return (HeaderField(value: .wanYuan, range: SourceRange(start: v.lowerBound, end: v.lowerBound + 6)), false) }
                if text.hasPrefix("亿元") { return (HeaderField(value: .yiYuan, range: SourceRange(start: v.lowerBound, end: v.lowerBound + 6)), false) }
                if text.hasPrefix("元") { return (HeaderField(value: .yuan, range: SourceRange(start: v.lowerBound, end: v.lowerBound + 3)), false) }
                if text == "万" { return (HeaderField(value: .wanYuan, range: range), true) }
                return nil
            }
            j += 1
        }
        return nil
    }
}
