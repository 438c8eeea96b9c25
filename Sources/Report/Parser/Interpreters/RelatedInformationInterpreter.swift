/// 10 部门决算公开相关信息统计表: `LABEL 行次 VALUE` lines in three sections, or `LABEL VALUE`
/// in templates without a 行次 column (header `项目 统计数`, amounts in 元).
enum RelatedInformationInterpreter {
    static func interpret(_ ctx: GridContext) -> InterpretedGrid {
        var out = InterpretedGrid()
        out.columns = RowAssembly.standardColumns(.relatedInformation)
        let numbered = hasLineNumberColumn(ctx.lines)
        for line in ctx.lines where !RowAssembly.isSeparatorLine(line) {
            let row = numbered ? numberedRow(line, ctx, notes: &out.notes) : unnumberedRow(line, ctx, notes: &out.notes)
            if let row { out.rows.append(row) }
        }
        return out
    }

    /// True unless a `项目 … 统计数` header is printed without `行次` (a table without any header
    /// keeps the 行次 reading of the national template).
    static func hasLineNumberColumn(_ lines: [RawLine]) -> Bool {
        var sawValueHeader = false
        for line in lines {
            for cell in line.cells where !cell.isEmpty {
                if cell.key == "行次" { return true }
                if cell.key == "统计数" { sawValueHeader = true }
            }
        }
        return !sawValueHeader
    }

    /// `LABEL 行次 [VALUE]`: the 行次 is the first integer after some label text.
    private static func numberedRow(_ line: RawLine, _ ctx: GridContext, notes: inout [ParseNote]) -> Row? {
        let cells = line.cells
        guard let numberIndex = cells.indices.first(where: { i in
            i > 0 && !cells[i].key.contains(".") && CellToken.of(cells[i]).integer != nil
                && cells[..<i].contains { !$0.isEmpty && !CellToken.of($0).isNumeric }
        }) else { return nil }
        let labelCells = cells[..<numberIndex].filter { !$0.isEmpty }
        guard let name = RowAssembly.text(Array(labelCells)), let n = CellToken.of(cells[numberIndex]).integer else { return nil }
        var row = Row(range: SourceRange(line.range), name: name, labelRole: RowLabels.relatedInformation(name.normalized),
                      number: RowNumber(value: n, range: SourceRange(cells[numberIndex].range)))
        let valueIndex = cells.indices.first { $0 > numberIndex && !cells[$0].isEmpty }
            ?? (ctx.layout == .spaceSeparated ? nil : numberIndex + 1)
        if let v = valueIndex, v < cells.count {
            row.cells = [RowAssembly.cell(cells[v], position: v, column: 0, notes: &notes)]
        }
        row.range = RowAssembly.span(labelCells.map(\.range) + [cells[numberIndex].range] + row.cells.map(\.range.range), fallback: line.range)
        return row
    }

    /// `LABEL [VALUE]`: the label runs to the last non-numeric cell (`1.` `副部（省）级…用车` in
    /// space-separated text); the value is the next non-empty cell. A line is a row when its label
    /// is a known line of the table or when it carries a value; headings (`一、政府采购情况`) and
    /// the `项目 统计数` header are not.
    private static func unnumberedRow(_ line: RawLine, _ ctx: GridContext, notes: inout [ParseNote]) -> Row? {
        let cells = line.cells
        guard let lastLabel = cells.indices.last(where: { !cells[$0].isEmpty && !CellToken.of(cells[$0]).isNumeric && CellToken.of(cells[$0]) != .dash }),
              let name = RowAssembly.text(Array(cells[...lastLabel])) else { return nil }
        let labelCells = cells[...lastLabel].filter { !$0.isEmpty }
        let role = RowLabels.relatedInformation(name.normalized)
        let valueIndex = cells.indices.first { $0 > lastLabel && !cells[$0].isEmpty }
            ?? (ctx.layout == .spaceSeparated ? nil : lastLabel + 1)
        var row = Row(range: SourceRange(line.range), name: name, labelRole: role)
        if let v = valueIndex, v < cells.count {
            row.cells = [RowAssembly.cell(cells[v], position: v, column: 0, notes: &notes)]
        }
        let hasValue = row.cells.contains { $0.value != .blank }
        guard role != nil || hasValue, name.normalized != "项目" else { return nil }
        row.range = RowAssembly.span(labelCells.map(\.range) + row.cells.map(\.range.range), fallback: line.range)
        return row
    }
}
