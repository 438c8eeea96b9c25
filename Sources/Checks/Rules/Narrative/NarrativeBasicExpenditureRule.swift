import Report

extension NarrativeRule {
    /// N-10: 六 基本支出 = 公开05 合计 基本支出; 人员经费 / 公用经费 = 公开06 合计 rows; every item quoted
    /// (`绩效工资32.13万元`) = the 公开06 row of that name.
    static let narrativeBasicExpenditure = NarrativeRule(
        code: "N-10",
        title: LocalizedText(zh: "基本支出情况：基本支出、人员经费、公用经费及所列经济分类科目金额与公开05、06表一致",
                             en: "Basic expenditure: the total, personnel and public-use costs and every quoted item match tables 05 and 06"),
        formula: "六 `基本支出` = 公开05 合计 基本支出（`财政拨款基本支出` 另加公开07 基本支出）；`人员经费` = 公开06 人员经费合计；`公用经费` = 公开06 公用经费合计；`{科目名}{A}万元` = 公开06 同名科目",
        tolerance: .quote,
        example: "人员经费564.59万元，…，绩效工资32.13万元"
    ) { context in
        let detail = context.table(.generalBudgetBasicExpenditure)
        let column = detail.flatMap(BasicExpenditureColumn.index)
        let names = detail.map(EconomicRowNames.init)
        for s in context.sentences(.basic) {
            for m in s.levels {
                let subject = NarrativeSubject.itemName(m.subject)
                if subject.hasSuffix("基本支出") {
                    var target = context.operand(.generalBudgetExpenditure, .total, column: .basic)
                    // `财政拨款基本支出` also counts government-fund basic spending when table 07 has some.
                    if !subject.contains("一般公共预算"), let fund = context.operand(.governmentFund, .total, column: .basic), !fund.value.isZero {
                        target = context.sum([target, fund], label: LocalizedText(zh: "公开05表与公开07表基本支出之和", en: "basic expenditure of tables 05 and 07"))
                    }
                    context.requireQuote(m, in: s, equals: target, what: LocalizedText(zh: "基本支出", en: "Basic expenditure"))
                } else if subject == "人员经费" || subject == "公用经费" {
                    let role: RowLabelRole = subject == "人员经费" ? .personnelTotal : .publicTotal
                    guard let detail, let column, let row = detail.rowIndex(role) else { continue }
                    context.requireQuote(m, in: s, equals: context.operand(detail, row: row, column: column),
                                         what: LocalizedText(zh: subject, en: subject == "人员经费" ? "Personnel cost" : "Public-use cost"))
                } else if let detail, let column, let row = names?.row(named: subject) {
                    context.requireQuote(m, in: s, equals: context.operand(detail, row: row, column: column),
                                         what: LocalizedText(zh: subject, en: "Item \(detail.rows[row].code?.text ?? subject)"))
                } else if let detail, let column, let names {
                    MislabelledItem.check(context, m, in: s, subject: subject, detail: detail, column: column, names: names)
                }
            }
        }
    }
}

extension NarrativeSubject {
    /// An item name as the narrative writes it, without `主要包括`, `其中`, `人员` and list punctuation.
    static func itemName(_ subject: Substring) -> String {
        var t = normalized(subject)
        for prefix in ["主要包括", "主要是", "包括", "其中"] where t.hasPrefix(prefix) && t.count > prefix.count + 1 {
            t.removeFirst(prefix.count)
        }
        return t
    }

    /// The name without the words drafts drop or add (`的`, `和`, `缴费`, `费`, `支出`).
    /// Full-width parentheses become ASCII, spaces go; one pass over the bytes (this runs for every
    /// 公开06 row on every keystroke), repeated while a removal joins the pieces of another word.
    static func nameKey(_ name: String) -> String {
        var bytes = Array(name.utf8)
        while true {
            let key = nameKeyPass(bytes)
            if key.count == bytes.count { return String(decoding: key, as: UTF8.self) }
            bytes = key
        }
    }

    /// One pass: `（）` become `()`, spaces and the dropped words (`缴费`, `支出`, `的`, `和`, `费`) go.
    /// Characters are compared as their three UTF-8 bytes packed in an integer.
    private static func nameKeyPass(_ bytes: [UInt8]) -> [UInt8] {
        bytes.withUnsafeBufferPointer { b in
            var out: [UInt8] = []
            out.reserveCapacity(b.count)
            func character(at k: Int) -> UInt32 {
                k + 3 <= b.count ? UInt32(b[k]) << 16 | UInt32(b[k + 1]) << 8 | UInt32(b[k + 2]) : 0
            }
            var i = 0
            while i < b.count {
                let byte = b[i]
                if byte == 0x20 { i += 1; continue }
                if byte >= 0xE0 {
                    switch character(at: i) {
                    case 0xEF_BC88: out.append(0x28); i += 3; continue // （
                    case 0xEF_BC89: out.append(0x29); i += 3; continue // ）
                    case 0xE7_9A84, 0xE5_928C, 0xE8_B4B9: i += 3; continue // 的 和 费
                    case 0xE7_BCB4 where character(at: i + 3) == 0xE8_B4B9: i += 6; continue // 缴费
                    case 0xE6_94AF where character(at: i + 3) == 0xE5_87BA: i += 6; continue // 支出
                    default: break
                    }
                }
                out.append(byte)
                i += 1
            }
            return out
        }
    }
}

/// The 公开06 rows with a code, by `nameKey` of their name (nil for a key several rows share).
struct EconomicRowNames {
    private var rows: [String: Int?] = [:]

    init(_ table: IndexedTable) {
        rows.reserveCapacity(table.rows.count)
        for (i, row) in table.relativeRows.enumerated() {
            guard row.code != nil, let name = row.name?.normalized else { continue }
            let key = NarrativeSubject.nameKey(name)
            rows[key] = rows[key] == nil ? .some(i) : .some(nil)
            entries.append((i, name))
        }
    }

    /// The one row named `name` (or, for `人员工资福利支出`, the name without `人员`).
    func row(named name: String) -> Int? {
        if let row = row(key: NarrativeSubject.nameKey(name)) { return row }
        return name.hasPrefix("人员") ? row(key: NarrativeSubject.nameKey(String(name.dropFirst(2)))) : nil
    }

    /// Every row with a code and a name, with its name.
    var named: [(row: Int, name: String)] { entries }
    private var entries: [(row: Int, name: String)] = []

    private func row(key: String) -> Int? {
        guard key.count >= 2, let entry = rows[key] else { return nil }
        return entry
    }
}

/// M-03: an item whose name matches no 公开06 row but whose amount is exactly that of one row with a closely
/// related name (`机关事业单位基本医疗保险31.92万元` where 31.92 is 30108 机关事业单位基本养老保险缴费): the
/// amount was quoted under the wrong name. A Warning, and only when the two names share a long prefix.
enum MislabelledItem {
    static func check(_ context: NarrativeRuleContext, _ m: NumericMention, in s: NarrativeFactSentence, subject: String, detail: IndexedTable,
                      column: Int, names: EconomicRowNames) {
        guard let written = m.wanYuan, !written.isZero, subject.count >= 6 else { return }
        let same = names.named.compactMap { entry -> (Int, String, NarrativeOperand)? in
            guard let o = context.operand(detail, row: entry.row, column: column), o.value == written else { return nil }
            return (entry.row, entry.name, o)
        }
        guard same.count == 1, let (row, name, operand) = same.first else { return }
        let shared = zip(subject, name).prefix { $0 == $1 }.count
        guard shared >= 6 else { return }
        let code = detail.rows[row].code?.text ?? ""
        context.report(range: m.range, message: LocalizedText(
            zh: "\(subject) \(NarrativeOperand.writtenText(m, s.sentence)) 是公开06表 \(code) \(name) 的数额，科目名称可能写错",
            en: "\(subject): the amount is that of table 06 \(code) \(name); the item may be misnamed"),
            related: operand.range.map { [RelatedLocation(range: $0, message: operand.label)] } ?? [], severity: .warning)
    }
}

