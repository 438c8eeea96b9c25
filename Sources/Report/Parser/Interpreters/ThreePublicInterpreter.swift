/// 09 “三公”经费支出决算表: 12 columns (预算数 and 决算数 × 合计, 因公出国（境）费,
/// 公务用车 小计 / 购置费 / 运行维护费, 公务接待费), one data row (none when empty).
enum ThreePublicInterpreter {
    static func interpret(_ ctx: GridContext) -> InterpretedGrid {
        var out = InterpretedGrid()
        var numberPositions: [Int] = []
        var numbers: [Int] = []
        for line in ctx.lines {
            let cells = line.nonEmpty
            guard !cells.isEmpty, !RowAssembly.isSeparatorLine(line) else { continue }
            let tokens = cells.map(CellToken.of)
            guard tokens.allSatisfy({ $0.isNumeric || $0 == .dash }) else { continue }
            // The 栏次 line: 1 2 3 … n
            let integers = tokens.compactMap(\.integer)
            if integers.count == tokens.count, integers == Array(1...integers.count), integers.count >= 6 {
                numbers = integers
                numberPositions = ctx.layout == .spaceSeparated ? [] : line.cells.indices.filter { !line.cells[$0].isEmpty }
                continue
            }
            out.rows.append(dataRow(line, ctx: ctx, numberPositions: numberPositions, notes: &out.notes))
        }
        out.columns = RowAssembly.standardColumns(.threePublicExpenses, numbers: numbers)
        return out
    }

    private static func dataRow(_ line: RawLine, ctx: GridContext, numberPositions: [Int], notes: inout [ParseNote]) -> Row {
        var row = Row(range: SourceRange(line.range), labelRole: .threePublicData)
        let columnCount = 12
        if ctx.layout == .spaceSeparated {
            let tokens = line.nonEmpty
            if tokens.count == columnCount {
                row.cells = tokens.enumerated().map { i, t in RowAssembly.cell(t, position: i, column: i, notes: &notes) }
            } else {
                row.cells = tokens.enumerated().map { i, t in
                    RowAssembly.cell(t, position: i, column: nil,
                                     assignment: .ambiguous(candidates: RowAssembly.orderedCandidates(i, of: tokens.count, slots: Array(0..<columnCount))),
                                     notes: &notes)
                }
            }
        } else {
            let positions = numberPositions.count == columnCount ? numberPositions : Array(0..<columnCount)
            for (c, p) in positions.enumerated() {
                let raw = line.cell(p) ?? RawCell(range: line.range.upperBound..<line.range.upperBound, text: "", key: "")
                row.cells.append(RowAssembly.cell(raw, position: p, column: c, notes: &notes))
            }
        }
        row.range = RowAssembly.span(row.cells.map(\.range.range), fallback: line.range)
        return row
    }
}
