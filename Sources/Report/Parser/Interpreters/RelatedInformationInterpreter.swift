/// 10 部门决算公开相关信息统计表: `LABEL 行次 VALUE` lines in three sections.
enum RelatedInformationInterpreter {
    static func interpret(_ ctx: GridContext) -> InterpretedGrid {
        var out = InterpretedGrid()
        out.columns = RowAssembly.standardColumns(.relatedInformation)
        for line in ctx.lines where !RowAssembly.isSeparatorLine(line) {
            let cells = line.cells
            guard let numberIndex = cells.indices.first(where: { i in
                i > 0 && !cells[i].key.contains(".") && CellToken.of(cells[i]).integer != nil
                    && cells[..<i].contains { !$0.isEmpty && !CellToken.of($0).isNumeric }
            }) else { continue }
            let labelCells = cells[..<numberIndex].filter { !$0.isEmpty }
            guard let name = RowAssembly.text(Array(labelCells)), let n = CellToken.of(cells[numberIndex]).integer else { continue }
            var row = Row(range: SourceRange(line.range), name: name, labelRole: RowLabels.relatedInformation(name.normalized),
                          number: RowNumber(value: n, range: SourceRange(cells[numberIndex].range)))
            let valueIndex = cells.indices.first { $0 > numberIndex && !cells[$0].isEmpty }
                ?? (ctx.layout == .spaceSeparated ? nil : numberIndex + 1)
            if let v = valueIndex, v < cells.count {
                row.cells = [RowAssembly.cell(cells[v], position: v, column: 0, notes: &out.notes)]
            }
            row.range = RowAssembly.span(labelCells.map(\.range) + [cells[numberIndex].range] + row.cells.map(\.range.range), fallback: line.range)
            out.rows.append(row)
        }
        return out
    }
}
