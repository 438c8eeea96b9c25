/// 绩效自评 tables and unrecognised tables: one row per grid line, named by its first
/// text cell, holding the figures it contains (no column roles).
enum GenericTableInterpreter {
    static func interpret(_ ctx: GridContext) -> InterpretedGrid {
        var out = InterpretedGrid()
        for line in ctx.lines where !RowAssembly.isSeparatorLine(line) {
            guard line.anchor != nil else { continue }
            var row = Row(range: SourceRange(line.range))
            if let label = line.cells.first(where: { !$0.isEmpty && CellToken.of($0) == .text }) {
                row.name = RowAssembly.text([label])
            }
            for (i, c) in line.cells.enumerated() {
                if case .amount(let a) = CellToken.of(c) {
                    row.cells.append(Cell(value: .amount(a), range: SourceRange(c.range), position: i, column: nil))
                }
            }
            guard row.name != nil || !row.cells.isEmpty else { continue }
            row.range = RowAssembly.span(line.cells.map(\.range), fallback: line.range)
            out.rows.append(row)
        }
        return out
    }
}
