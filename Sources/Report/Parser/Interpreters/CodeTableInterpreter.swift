/// Tables with one row per 功能分类 code: 02 收入决算表, 03 支出决算表, 05, 07, 08.
enum CodeTableInterpreter {
    static func interpret(_ ctx: GridContext) -> InterpretedGrid {
        ctx.layout == .spaceSeparated ? spaced(ctx) : positional(ctx)
    }

    private static func isCode(_ cell: RawCell?) -> String? {
        guard let cell, case .digits(let d) = CellToken.of(cell) else { return nil }
        return d
    }

    // MARK: TAB, pipe and HTML: empty cells are kept, so positions are exact.

    private static func positional(_ ctx: GridContext) -> InterpretedGrid {
        var out = InterpretedGrid()
        var headerLines: [RawLine] = []
        var numbers: [(position: Int, value: Int)] = []
        var nameIndex: Int?
        var dataLines: [(line: RawLine, anchor: Int)] = []
        for line in ctx.lines {
            guard let a = line.anchor else { continue }
            if RowAssembly.isSeparatorLine(line) { continue }
            if RowAssembly.isColumnNumberLine(line) { numbers = RowAssembly.columnNumbers(line); continue }
            if isCode(line.cells[a]) != nil || RowLabels.totalRole(line.cells[a].key) != nil {
                dataLines.append((line, a))
            } else if dataLines.isEmpty {
                headerLines.append(line)
                if let n = line.cells.firstIndex(where: { $0.key == "科目名称" }) { nameIndex = n }
            } else if line.cells.allSatisfy({ !CellToken.of($0).isNumeric }) {
                // wrapped name: text only, continues the previous row's name
                dataLines.append((line, -1))
            } else {
                out.notes.append(ParseNote(code: .unrecognizedLine, message: "line not read as a row", range: SourceRange(line.range)))
            }
        }
        // Amount positions: from the 栏次 row, else after 科目名称, else after the first data row's name.
        var positions = numbers.map(\.position)
        if positions.isEmpty {
            let start = (nameIndex ?? (dataLines.first.map { $0.anchor + 1 } ?? 1)) + 1
            let width = max(dataLines.map(\.line.cells.count).max() ?? 0, headerLines.map(\.cells.count).max() ?? 0)
            positions = width > start ? Array(start..<width) : []
        }
        out.columns = columns(ctx.kind, positions: positions, numbers: numbers.map(\.value), headerLines: headerLines, notes: &out.notes)

        for (index, entry) in dataLines.enumerated() {
            if entry.anchor < 0 { continue }
            let line = entry.line
            let a = entry.anchor
            var row = Row(range: SourceRange(line.range))
            var nameCells: [RawCell] = []
            if let code = isCode(line.cells[a]) {
                row.code = SubjectCode(text: code, range: SourceRange(line.cells[a].range), classification: .function)
                if let nameCell = line.cell(a + 1), !positions.contains(a + 1) { nameCells.append(nameCell) }
            } else {
                nameCells.append(line.cells[a])
                row.labelRole = RowLabels.totalRole(line.cells[a].key)
            }
            // wrapped-name continuation lines that follow
            var k = index + 1
            while k < dataLines.count, dataLines[k].anchor < 0 {
                nameCells.append(contentsOf: dataLines[k].line.nonEmpty)
                k += 1
            }
            row.name = RowAssembly.text(nameCells)
            for (c, p) in positions.enumerated() where c < out.columns.count {
                let raw = line.cell(p) ?? RawCell(range: line.range.upperBound..<line.range.upperBound, text: "", key: "")
                row.cells.append(RowAssembly.cell(raw, position: p, column: c, notes: &out.notes))
            }
            if let extra = line.cells.indices.first(where: { $0 > (positions.last ?? Int.max) && !line.cells[$0].isEmpty }) {
                out.notes.append(ParseNote(code: .extraCells, message: "cell beyond the table's columns", range: SourceRange(line.cells[extra].range)))
            }
            row.range = RowAssembly.span([line.cells[a].range] + nameCells.map(\.range) + row.cells.map(\.range.range), fallback: line.range)
            out.rows.append(row)
        }
        return out
    }

    /// Columns from header texts at each amount position; the template when they do not name distinct roles.
    static func columns(_ kind: TableKind, positions: [Int], numbers: [Int], headerLines: [RawLine], notes: inout [ParseNote]) -> [Column] {
        let template = ColumnTemplates.standard(kind)
        var roles: [ColumnRole?] = positions.map { p in
            let key = headerLines.map { $0.cell(p)?.key ?? "" }.joined()
            return ColumnTemplates.role(forHeader: key, kind: kind)
        }
        let named = roles.compactMap { $0 }
        if named.count != roles.count || Set(named).count != named.count {
            if positions.count == template.count {
                roles = template.map(\.role)
            } else if !positions.isEmpty, let first = headerLines.first {
                notes.append(ParseNote(code: .unknownColumns, message: "columns do not match the \(kind.chineseTitle) template",
                                       range: SourceRange(first.range)))
            }
        }
        return roles.enumerated().map { i, role in
            let role = role ?? .unknown
            let label = template.first { $0.role == role }?.label ?? "栏\(i + 1)"
            return Column(index: i, number: numbers.count == positions.count ? numbers[i] : nil, label: label, role: role)
        }
    }

    // MARK: Space-separated (PDF text): empty cells vanished, rows wrap over lines.

    private struct Pending {
        var start: RawCell
        var code: String?
        var names: [RawCell] = []
        var amounts: [RawCell] = []
        var lineRange: Range<Int>
    }

    private static func spaced(_ ctx: GridContext) -> InterpretedGrid {
        var out = InterpretedGrid()
        var headerKey = ""
        var numbers: [Int] = []
        var pending: [Pending] = []
        for line in ctx.lines {
            let tokens = line.nonEmpty
            guard let first = tokens.first else { continue }
            if RowAssembly.isColumnNumberLine(line) { numbers = RowAssembly.columnNumbers(line).map(\.value); continue }
            let code = isCode(first)
            if code != nil || RowLabels.totalRole(first.key) != nil {
                var p = Pending(start: first, code: code, lineRange: line.range)
                for t in tokens.dropFirst() { if CellToken.of(t).isNumeric || CellToken.of(t) == .dash { p.amounts.append(t) } else { p.names.append(t) } }
                pending.append(p)
            } else if !pending.isEmpty {
                for t in tokens {
                    if CellToken.of(t).isNumeric || CellToken.of(t) == .dash { pending[pending.count - 1].amounts.append(t) } else { pending[pending.count - 1].names.append(t) }
                }
                pending[pending.count - 1].lineRange = pending[pending.count - 1].lineRange.lowerBound..<line.range.upperBound
            } else {
                headerKey += tokens.map(\.key).joined()
            }
        }
        let mentioned = ColumnTemplates.rolesMentioned(in: headerKey, kind: ctx.kind)
        var template = ColumnTemplates.standard(ctx.kind)
        let filtered = template.filter { mentioned.contains($0.role) }
        if filtered.count >= 2 { template = filtered }
        out.columns = template.enumerated().map { i, t in
            Column(index: i, number: numbers.count == template.count ? numbers[i] : nil, label: t.label, role: t.role)
        }
        for p in pending {
            var row = Row(range: SourceRange(p.lineRange))
            if let code = p.code {
                row.code = SubjectCode(text: code, range: SourceRange(p.start.range), classification: .function)
                row.name = RowAssembly.text(p.names)
            } else {
                row.name = RowAssembly.text([p.start] + p.names)
                row.labelRole = RowLabels.totalRole(p.start.key)
            }
            row.cells = assignSpaced(p.amounts, columns: out.columns, notes: &out.notes)
            row.range = RowAssembly.span([p.start.range] + p.names.map(\.range) + p.amounts.map(\.range), fallback: p.lineRange)
            out.rows.append(row)
        }
        return out
    }

    /// Assigns the written amounts of a space-separated row to columns: all certain when
    /// every column is written; otherwise the first is the row total (certain) and the
    /// others are ambiguous among the part columns, in order.
    static func assignSpaced(_ amounts: [RawCell], columns: [Column], notes: inout [ParseNote]) -> [Cell] {
        let m = columns.count
        var cells: [Cell] = []
        let k = amounts.count
        if k >= m {
            for (i, raw) in amounts.enumerated() {
                if i < m {
                    cells.append(RowAssembly.cell(raw, position: i, column: i, notes: &notes))
                } else {
                    notes.append(ParseNote(code: .extraCells, message: "more figures than the table has columns", range: SourceRange(raw.range)))
                    cells.append(RowAssembly.cell(raw, position: i, column: nil, assignment: .ambiguous(candidates: []), notes: &notes))
                }
            }
            return cells
        }
        let totalFirst = columns.first?.role == .total || columns.first?.role == .amount
        var slots = Array(0..<m)
        var remaining = amounts[...]
        if totalFirst, let first = remaining.first {
            cells.append(RowAssembly.cell(first, position: 0, column: 0, notes: &notes))
            remaining = remaining.dropFirst()
            slots.removeFirst()
        }
        for (j, raw) in remaining.enumerated() {
            let candidates = RowAssembly.orderedCandidates(j, of: remaining.count, slots: slots)
            let position = cells.count
            if candidates.count == 1 {
                cells.append(RowAssembly.cell(raw, position: position, column: candidates[0], notes: &notes))
            } else {
                cells.append(RowAssembly.cell(raw, position: position, column: nil, assignment: .ambiguous(candidates: candidates), notes: &notes))
            }
        }
        return cells
    }
}
