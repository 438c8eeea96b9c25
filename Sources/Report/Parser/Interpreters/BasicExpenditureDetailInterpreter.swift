/// 06 一般公共预算财政拨款基本支出决算明细表: code/name/amount groups side by side
/// (4 groups in Shanxi, 3 in Henan), flattened to one row per code. A figure belongs
/// to the code immediately before it; the totals line is read by label.
enum BasicExpenditureDetailInterpreter {
    static func interpret(_ ctx: GridContext) -> InterpretedGrid {
        var out = InterpretedGrid()
        out.columns = RowAssembly.standardColumns(.generalBudgetBasicExpenditure)
        if ctx.layout == .spaceSeparated { spaced(ctx, into: &out) } else { positional(ctx, into: &out) }
        return out
    }

    static func economicCode(_ cell: RawCell?) -> String? {
        guard let cell, case .digits(let d) = CellToken.of(cell), d.utf8.count <= 5, d.hasPrefix("3") else { return nil }
        return d
    }

    static func group(of code: String) -> ExpenditureGroup {
        code.hasPrefix("301") || code.hasPrefix("303") ? .personnel : .publicUse
    }

    static func totalRole(_ key: String) -> RowLabelRole? {
        if key.hasPrefix("人员经费合计") { return .personnelTotal }
        if key.hasPrefix("公用经费合计") { return .publicTotal }
        return nil
    }

    private static func codeRow(code: RawCell, text: String, names: [RawCell], amount: RawCell?, columnGroup: Int,
                                notes: inout [ParseNote]) -> Row {
        var row = Row(range: SourceRange(code.range))
        row.code = SubjectCode(text: text, range: SourceRange(code.range), classification: .economic)
        row.name = RowAssembly.text(names)
        row.group = group(of: text)
        row.columnGroup = columnGroup
        if let amount {
            row.cells = [RowAssembly.cell(amount, position: columnGroup, column: 0, notes: &notes)]
        }
        row.range = RowAssembly.span([code.range] + names.map(\.range) + (amount.map { [$0.range] } ?? []), fallback: code.range)
        return row
    }

    private static func totalRow(label: RawCell, role: RowLabelRole, value: RawCell?, position: Int, notes: inout [ParseNote]) -> Row {
        var row = Row(range: SourceRange(label.range), name: RowAssembly.text([label]), labelRole: role)
        if let value { row.cells = [RowAssembly.cell(value, position: position, column: 0, notes: &notes)] }
        row.range = RowAssembly.span([label.range, value?.range].compactMap { $0 }, fallback: label.range)
        return row
    }

    private static func positional(_ ctx: GridContext, into out: inout InterpretedGrid) {
        var starts: [Int] = []
        for line in ctx.lines {
            guard line.anchor != nil, !RowAssembly.isSeparatorLine(line) else { continue }
            let headerStarts = line.cells.indices.filter { line.cells[$0].key == "科目代码" || line.cells[$0].key == "科目编码" }
            if headerStarts.count >= 2 { starts = headerStarts; continue }
            if line.cells.contains(where: { totalRole($0.key) != nil }) {
                readTotals(line, into: &out)
                continue
            }
            let groupStarts = starts.isEmpty ? Array(stride(from: 0, to: max(line.cells.count, 1), by: 3)) : starts
            var any = false
            for (g, s) in groupStarts.enumerated() {
                guard let codeCell = line.cell(s), let code = economicCode(codeCell) else { continue }
                any = true
                let name = line.cell(s + 1).map { [$0] } ?? []
                let amount = line.cell(s + 2) ?? RawCell(range: (name.last?.range.upperBound ?? codeCell.range.upperBound)..<(name.last?.range.upperBound ?? codeCell.range.upperBound), text: "", key: "")
                out.rows.append(codeRow(code: codeCell, text: code, names: name, amount: amount, columnGroup: g, notes: &out.notes))
            }
            if !any && out.rows.contains(where: { $0.code != nil }) && line.cells.contains(where: { CellToken.of($0).isNumeric }) {
                out.notes.append(ParseNote(code: .unrecognizedLine, message: "line not read as a row", range: SourceRange(line.range)))
            }
        }
    }

    /// `人员经费合计⇥⇥564.59⇥公用经费合计⇥…⇥19.11`: the first figure after each label.
    private static func readTotals(_ line: RawLine, into out: inout InterpretedGrid) {
        var i = 0
        while i < line.cells.count {
            if let role = totalRole(line.cells[i].key) {
                var j = i + 1
                var value: RawCell?
                while j < line.cells.count, totalRole(line.cells[j].key) == nil {
                    let t = CellToken.of(line.cells[j])
                    if value == nil, t.isNumeric || t == .dash { value = line.cells[j] }
                    j += 1
                }
                out.rows.append(totalRow(label: line.cells[i], role: role, value: value, position: i, notes: &out.notes))
                i = j
            } else {
                i += 1
            }
        }
    }

    private static func spaced(_ ctx: GridContext, into out: inout InterpretedGrid) {
        var started = false
        var current: (code: RawCell, text: String, names: [RawCell], group: Int)?
        func flush(amount: RawCell?) {
            if let c = current {
                out.rows.append(codeRow(code: c.code, text: c.text, names: c.names, amount: amount, columnGroup: c.group, notes: &out.notes))
            }
            current = nil
        }
        var pendingTotal: (label: RawCell, role: RowLabelRole)?
        for line in ctx.lines {
            let tokens = line.nonEmpty
            guard let first = tokens.first else { continue }
            if !started {
                guard economicCode(first) != nil || totalRole(first.key) != nil else { continue }
                started = true
            }
            var codesOnLine = 0
            for t in tokens {
                let token = CellToken.of(t)
                if let role = totalRole(t.key) {
                    flush(amount: nil)
                    if let p = pendingTotal { out.rows.append(totalRow(label: p.label, role: p.role, value: nil, position: 0, notes: &out.notes)) }
                    pendingTotal = (t, role)
                } else if let code = economicCode(t) {
                    flush(amount: nil)
                    current = (t, code, [], codesOnLine)
                    codesOnLine += 1
                } else if token.isNumeric || token == .dash {
                    if let p = pendingTotal {
                        out.rows.append(totalRow(label: p.label, role: p.role, value: t, position: 1, notes: &out.notes))
                        pendingTotal = nil
                    } else if current != nil {
                        flush(amount: t)
                    } else {
                        out.notes.append(ParseNote(code: .unrecognizedLine, message: "figure without a code", range: SourceRange(t.range)))
                    }
                } else if current != nil {
                    current?.names.append(t)
                }
            }
        }
        flush(amount: nil)
        if let p = pendingTotal { out.rows.append(totalRow(label: p.label, role: p.role, value: nil, position: 0, notes: &out.notes)) }
    }
}
