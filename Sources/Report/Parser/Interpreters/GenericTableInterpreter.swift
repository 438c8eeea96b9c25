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
                if ctx.kind.isPerformance, isCommaAmbiguous(c.key) {
                    out.notes.append(ParseNote(code: .ambiguousNumber,
                                               message: "“\(c.text)” may be a decimal comma or a thousands comma; not read as a figure",
                                               range: SourceRange(c.range)))
                    continue
                }
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

    /// `D,DDD` … `DDD,DDD`: one comma, no decimal point, three digits after the comma that are not
    /// `000` (the appendix of seed 001 writes 10.998 as `10,998` next to `20,000`, spec V-17).
    static func isCommaAmbiguous(_ key: String) -> Bool {
        let bytes = Array(key.utf8)
        guard bytes.count >= 5, bytes.count <= 7 else { return false }
        let comma = bytes.count - 4
        guard bytes[comma] == 0x2C else { return false }
        let isDigit = { (b: UInt8) in b >= 0x30 && b <= 0x39 }
        guard bytes[..<comma].allSatisfy(isDigit), bytes[(comma + 1)...].allSatisfy(isDigit) else { return false }
        return bytes[(comma + 1)...].contains { $0 != 0x30 }
    }
}
