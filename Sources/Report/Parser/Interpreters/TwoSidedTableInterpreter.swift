/// 01 收入支出决算总表 and 04 财政拨款收入支出决算总表: each line holds a 收入 half and a
/// 支出 half; each half becomes its own row (`Row.side`).
enum TwoSidedTableInterpreter {
    static func interpret(_ ctx: GridContext) -> InterpretedGrid {
        ctx.layout == .spaceSeparated ? spaced(ctx) : positional(ctx)
    }

    private struct SideLayout {
        var label: Int
        var number: Int?
        var amounts: [Int]
    }

    // MARK: TAB, pipe, HTML

    private static func positional(_ ctx: GridContext) -> InterpretedGrid {
        var out = InterpretedGrid()
        var headerLines: [RawLine] = []
        var numbers: [(position: Int, value: Int)] = []
        var sides: [SideLayout]?
        var dataStarted = false
        var dataLines: [RawLine] = []
        for line in ctx.lines {
            guard line.anchor != nil, !RowAssembly.isSeparatorLine(line) else { continue }
            if RowAssembly.isColumnNumberLine(line) { numbers = RowAssembly.columnNumbers(line); continue }
            if !dataStarted, let layout = headerLayout(line) { sides = layout; headerLines.append(line); continue }
            if !dataStarted && !isDataLine(line, sides: sides ?? defaultLayout(ctx.kind, width: line.cells.count)) {
                headerLines.append(line)
                continue
            }
            dataStarted = true
            dataLines.append(line)
        }
        let width = dataLines.map(\.cells.count).max() ?? 0
        let layout = sides ?? defaultLayout(ctx.kind, width: width)
        // Columns: roles from the header texts at each amount position, else the template.
        let template = ColumnTemplates.standard(ctx.kind)
        var columns: [Column] = []
        var positionToColumn: [Int: Int] = [:]
        for (s, side) in layout.enumerated() {
            let tableSide: TableSide = s == 0 ? .income : .expenditure
            let sideTemplate = template.filter { $0.side == tableSide }
            for (k, p) in side.amounts.enumerated() {
                let key = headerLines.map { $0.cell(p)?.key ?? "" }.joined()
                var role = ColumnTemplates.role(forHeader: key, kind: ctx.kind)
                if role == nil || role == .fiscalAppropriation { role = k < sideTemplate.count ? sideTemplate[k].role : .unknown }
                let number = numbers.first { $0.position == p }?.value
                let label = sideTemplate.first { $0.role == role }?.label ?? (key.isEmpty ? "金额" : key)
                positionToColumn[p] = columns.count
                columns.append(Column(index: columns.count, number: number, label: label, role: role ?? .unknown, side: tableSide))
            }
        }
        out.columns = columns
        for line in dataLines {
            for (s, side) in layout.enumerated() {
                let tableSide: TableSide = s == 0 ? .income : .expenditure
                let labelCell = line.cell(side.label)
                let numberCell = side.number.flatMap { line.cell($0) }
                let amountCells = side.amounts.map { line.cell($0) }
                let hasContent = !(labelCell?.isEmpty ?? true) || !(numberCell?.isEmpty ?? true) || amountCells.contains { !($0?.isEmpty ?? true) }
                guard hasContent else { continue }
                var row = Row(range: SourceRange(line.range), side: tableSide)
                if let labelCell, !labelCell.isEmpty {
                    row.name = RowAssembly.text([labelCell])
                    let (role, category) = RowLabels.twoSided(labelCell.key, side: tableSide)
                    row.labelRole = role
                    row.categoryCode = category
                }
                if let numberCell, let n = CellToken.of(numberCell).integer {
                    row.number = RowNumber(value: n, range: SourceRange(numberCell.range))
                }
                for (k, p) in side.amounts.enumerated() {
                    let raw = amountCells[k] ?? RawCell(range: line.range.upperBound..<line.range.upperBound, text: "", key: "")
                    row.cells.append(RowAssembly.cell(raw, position: p, column: positionToColumn[p], notes: &out.notes))
                }
                let pieces = [labelCell?.range, numberCell?.range].compactMap { $0 } + row.cells.map(\.range.range)
                row.range = RowAssembly.span(pieces, fallback: line.range)
                out.rows.append(row)
            }
        }
        return out
    }

    /// The header line `项目⇥行次⇥金额⇥项目⇥行次⇥…` gives the positions of both halves.
    private static func headerLayout(_ line: RawLine) -> [SideLayout]? {
        let labels = line.cells.indices.filter { line.cells[$0].key == "项目" }
        guard labels.count == 2 else { return nil }
        let numbers = line.cells.indices.filter { line.cells[$0].key == "行次" }
        var sides: [SideLayout] = []
        for s in 0..<2 {
            let lo = labels[s], hi = s == 0 ? labels[1] : line.cells.count
            let number = numbers.first { $0 > lo && $0 < hi }
            let amounts = ((lo + 1)..<hi).filter { $0 != number && !line.cells[$0].isEmpty }
            sides.append(SideLayout(label: lo, number: number, amounts: amounts))
        }
        return sides
    }

    private static func defaultLayout(_ kind: TableKind, width: Int) -> [SideLayout] {
        let expenditureColumns = kind == .fiscalAppropriationSummary ? 4 : 1
        return [SideLayout(label: 0, number: 1, amounts: [2]),
                SideLayout(label: 3, number: 4, amounts: Array(5..<(5 + expenditureColumns)))]
    }

    private static func isDataLine(_ line: RawLine, sides: [SideLayout]) -> Bool {
        for side in sides {
            if let n = side.number, let c = line.cell(n), CellToken.of(c).integer != nil { return true }
            if let c = line.cell(side.label), RowLabels.twoSided(c.key, side: .income).role != nil { return true }
        }
        return false
    }

    // MARK: Space-separated: `[LABEL] 行次 [AMOUNT] [LABEL] 行次 [AMOUNT…]`, labels may wrap.

    private enum Piece {
        case label([RawCell])
        /// A small integer written without a decimal point: a 行次, or a figure such as `88`.
        case integer(RawCell, Int)
        case amount(RawCell)
    }

    private static func spaced(_ ctx: GridContext) -> InterpretedGrid {
        var out = InterpretedGrid()
        var numbers: [Int] = []
        var pieces: [Piece] = []
        var pieceLines: [Int] = []   // the physical line of each piece (its last token's)
        var dataStarted = false
        for (lineIndex, line) in ctx.lines.enumerated() {
            if RowAssembly.isColumnNumberLine(line) { numbers = RowAssembly.columnNumbers(line).map(\.value); continue }
            let tokens = line.nonEmpty
            if !dataStarted {
                guard tokens.contains(where: { rowNumber($0) != nil }) else { continue }
                dataStarted = true
            }
            for t in tokens {
                if let n = rowNumber(t) {
                    pieces.append(.integer(t, n))
                } else if CellToken.of(t).isNumeric || CellToken.of(t) == .dash {
                    pieces.append(.amount(t))
                } else if case .label(let previous)? = pieces.last {
                    pieces[pieces.count - 1] = .label(previous + [t])
                    pieceLines[pieces.count - 1] = lineIndex
                    continue
                } else {
                    pieces.append(.label([t]))
                }
                pieceLines.append(lineIndex)
            }
        }
        out.columns = RowAssembly.standardColumns(ctx.kind, numbers: numbers)
        let incomeColumns = out.columns.filter { $0.side == .income }
        let expenditureColumns = out.columns.filter { $0.side == .expenditure }
        var i = 0
        var sequence = RowNumberSequence()
        func side(_ tableSide: TableSide, columns: [Column]) -> Row? {
            var label: [RawCell]?
            if i < pieces.count, case .label(let l) = pieces[i] { label = l; i += 1 }
            guard i < pieces.count, case .integer(let cell, let n) = pieces[i] else {
                if let label { out.notes.append(ParseNote(code: .unrecognizedLine, message: "row label without 行次", range: RowAssembly.span(label.map(\.range), fallback: 0..<0))) }
                return nil
            }
            let numberLine = pieceLines[i]
            i += 1
            sequence.read(n, side: tableSide)
            var amounts: [RawCell] = []
            amountLoop: while i < pieces.count, amounts.count < columns.count {
                switch pieces[i] {
                case .amount(let a):
                    amounts.append(a)
                case .integer(let a, let value):
                    // An integer is the next half's 行次 when the 行次 sequence expects it there, else a figure.
                    if sequence.expects(value, after: tableSide, sameLine: pieceLines[i] == numberLine) { break amountLoop }
                    amounts.append(a)
                case .label:
                    break amountLoop
                }
                i += 1
            }
            var row = Row(range: SourceRange(cell.range), side: tableSide)
            if let label, let text = RowAssembly.text(label) {
                row.name = text
                let (role, category) = RowLabels.twoSided(text.normalized, side: tableSide)
                row.labelRole = role
                row.categoryCode = category
            }
            row.number = RowNumber(value: n, range: SourceRange(cell.range))
            let local = columns.map { Column(index: $0.index, number: $0.number, label: $0.label, role: $0.role, side: $0.side) }
            var cells = CodeTableInterpreter.assignSpaced(amounts, columns: local.enumerated().map { k, c in
                Column(index: k, number: c.number, label: c.label, role: c.role, side: c.side)
            }, notes: &out.notes)
            // map side-local column indices to table indices
            for c in cells.indices {
                if let col = cells[c].column { cells[c].column = local[col].index }
                if case .ambiguous(let candidates) = cells[c].assignment {
                    cells[c].assignment = .ambiguous(candidates: candidates.map { local[$0].index })
                }
            }
            row.cells = cells
            row.range = RowAssembly.span((label ?? []).map(\.range) + [cell.range] + amounts.map(\.range), fallback: cell.range)
            return row
        }
        while i < pieces.count {
            let before = i
            if let income = side(.income, columns: incomeColumns) { out.rows.append(income) }
            if let expenditure = side(.expenditure, columns: expenditureColumns) { out.rows.append(expenditure) }
            if i == before { i += 1 }   // skip a stray piece
        }
        return out
    }

    /// A possible 行次: a small integer written without a decimal point.
    private static func rowNumber(_ cell: RawCell) -> Int? {
        guard cell.key.count <= 3, !cell.key.contains(".") else { return nil }
        return CellToken.of(cell).integer
    }
}

/// The 行次 read so far on each half of a two-sided table (spec §1.3 item 3). A 行次 right after a
/// label is certain; an integer right after a 行次 or a figure is a 行次 only when it continues the
/// sequence of a half that may follow without a label: the 收入 half of the next line (which starts
/// a new physical line) or the 支出 half of the same line. Otherwise it is a figure written without
/// a decimal point (`31 88 88`).
struct RowNumberSequence {
    /// How far a label-less 行次 may run ahead of the previous one (a skipped line or two).
    static let window = 3

    private(set) var lastIncome: Int?
    private(set) var lastExpenditure: Int?

    mutating func read(_ number: Int, side: TableSide) {
        switch side {
        case .income: lastIncome = number
        case .expenditure: lastExpenditure = number
        }
    }

    /// True when `value`, met after the 行次 (or a figure) of a `side` half, continues a sequence it
    /// could belong to; `sameLine`: it is on the physical line of that 行次.
    func expects(_ value: Int, after side: TableSide, sameLine: Bool) -> Bool {
        // The 收入 half of the next line (its 行次 start at 1).
        if !sameLine, continues(lastIncome ?? 0, value) { return true }
        // The label-less 支出 half of this line (年初/年末 fund sub-lines of 04), or a 支出 half alone on the next line.
        if side == .income || !sameLine, let lastExpenditure, continues(lastExpenditure, value) { return true }
        return false
    }

    private func continues(_ last: Int, _ value: Int) -> Bool {
        value > last && value <= last + Self.window
    }
}
