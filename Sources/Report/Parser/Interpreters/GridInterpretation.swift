/// The input of a table interpreter: the raw grid rows of one table.
struct GridContext {
    let bytes: [UInt8]
    let kind: TableKind
    let layout: TableLayout
    let lines: [RawLine]
}

/// What an interpreter reads from a grid.
struct InterpretedGrid {
    var columns: [Column] = []
    var rows: [Row] = []
    var notes: [ParseNote] = []
}

/// Helpers shared by the interpreters.
enum RowAssembly {
    /// The text of one or more raw cells (pieces of a wrapped cell), joined.
    static func text(_ pieces: [RawCell]) -> RowText? {
        let nonEmpty = pieces.filter { !$0.isEmpty }
        guard let first = nonEmpty.first, let last = nonEmpty.last else { return nil }
        let written = nonEmpty.map(\.text).joined()
        return RowText(written: written, normalized: TextNormalizer.normalize(written),
                       range: SourceRange(start: first.range.lowerBound, end: last.range.upperBound))
    }

    /// A cell from a raw cell. Text that is not a figure reads as blank and yields a note.
    static func cell(_ raw: RawCell, position: Int, column: Int?, assignment: ColumnAssignment = .certain,
                     notes: inout [ParseNote]) -> Cell {
        let value: CellValue
        switch CellToken.of(raw) {
        case .empty: value = .blank
        case .dash: value = .notApplicable
        case .amount(let a): value = .amount(a)
        case .digits(let d): value = Amount(parsing: d).map(CellValue.amount) ?? .blank
        case .text:
            value = .blank
            notes.append(ParseNote(code: .malformedNumber, message: "“\(raw.text)” is not a figure", range: SourceRange(raw.range)))
        }
        return Cell(value: value, range: SourceRange(raw.range), position: position, column: column, assignment: assignment)
    }

    /// The range from the first to the last non-empty piece (or `fallback`).
    static func span(_ ranges: [Range<Int>], fallback: Range<Int>) -> SourceRange {
        let nonEmpty = ranges.filter { !$0.isEmpty }
        guard let lo = nonEmpty.map(\.lowerBound).min(), let hi = nonEmpty.map(\.upperBound).max() else { return SourceRange(fallback) }
        return SourceRange(start: lo, end: hi)
    }

    /// Columns of `kind`'s template, numbered 0…; `numbers` are 栏次 printed in order, if any.
    static func standardColumns(_ kind: TableKind, numbers: [Int] = []) -> [Column] {
        let template = ColumnTemplates.standard(kind)
        return template.enumerated().map { i, t in
            Column(index: i, number: numbers.count == template.count ? numbers[i] : nil, label: t.label, role: t.role, side: t.side)
        }
    }

    /// True for a `栏次` row (the key of its first cell, or its first two tokens `栏` `次`).
    static func isColumnNumberLine(_ line: RawLine) -> Bool {
        let cells = line.nonEmpty
        guard let first = cells.first else { return false }
        if first.key.hasPrefix("栏次") { return true }
        return first.key == "栏" && cells.count > 1 && cells[1].key.hasPrefix("次")
    }

    /// The integers of a 栏次 row with their positions.
    static func columnNumbers(_ line: RawLine) -> [(position: Int, value: Int)] {
        line.cells.enumerated().compactMap { i, c in
            if case .digits(let d) = CellToken.of(c) { return Int(d).map { (i, $0) } }
            if let n = CellToken.of(c).integer { return (i, n) }
            return nil
        }
    }

    /// Markdown separator rows left in the text (`-----⇥---`).
    static func isSeparatorLine(_ line: RawLine) -> Bool {
        let cells = line.nonEmpty
        return !cells.isEmpty && cells.allSatisfy { c in c.key.count >= 2 && c.key.allSatisfy { $0 == "-" || $0 == "：" } }
    }

    /// Candidate columns for the j-th of `count` amounts that fill, in order, some of `slots`.
    static func orderedCandidates(_ j: Int, of count: Int, slots: [Int]) -> [Int] {
        let free = slots.count - count
        guard free >= 0, j < count else { return [] }
        return Array(slots[j...(j + free)])
    }
}
