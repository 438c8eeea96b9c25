/// A figure before it is placed in the text.
struct FigureSpec: Sendable {
    var text: String
    var units: Int64
    var decimals: Int
    var kind: GeneratedFigure.Kind
    var unit: GeneratedFigure.Unit
}

/// A piece of a paragraph: plain text or a recorded figure.
enum Segment: Sendable {
    case text(String)
    case figure(FigureSpec)
}

/// A table cell.
enum Cell: Sendable {
    case empty
    case text(String)
    case figure(FigureSpec)
}

/// Accumulates the UTF-8 bytes of a report and records where every figure lands.
struct ReportTextBuilder {
    var bytes: [UInt8] = []
    var figures: [GeneratedFigure] = []
    var department = 0

    init(capacity: Int = 64 * 1024) {
        bytes.reserveCapacity(capacity)
    }

    mutating func text(_ string: String) {
        bytes.append(contentsOf: string.utf8)
    }

    mutating func line(_ string: String = "") {
        text(string)
        newline()
    }

    mutating func newline() {
        bytes.append(0x0A)
    }

    /// A line followed by a blank line (the Word-export paragraph rhythm of the seeds).
    mutating func paragraph(_ string: String) {
        line(string)
        line()
    }

    mutating func figure(_ spec: FigureSpec) {
        let start = bytes.count
        text(spec.text)
        figures.append(GeneratedFigure(range: start..<bytes.count, text: spec.text, units: spec.units,
                                       decimals: spec.decimals, kind: spec.kind, unit: spec.unit,
                                       department: department))
    }

    mutating func segments(_ segments: [Segment]) {
        for segment in segments {
            switch segment {
            case .text(let string): text(string)
            case .figure(let spec): figure(spec)
            }
        }
    }

    mutating func cell(_ cell: Cell, bold: Bool = false) {
        switch cell {
        case .empty: break
        case .text(let string): text(bold && !string.isEmpty ? "<b>" + string + "</b>" : string)
        case .figure(let spec):
            if bold { text("<b>") }
            figure(spec)
            if bold { text("</b>") }
        }
    }

    /// One grid row: cells joined by `separator`, empty cells kept; `bold` wraps every non-empty
    /// cell in `<b>…</b>`, `boldCells` only the cells at those indices.
    mutating func row(_ cells: [Cell], separator: String = "\t", bold: Bool = false, boldCells: Set<Int> = []) {
        for (index, cell) in cells.enumerated() {
            if index > 0 { text(separator) }
            self.cell(cell, bold: bold || boldCells.contains(index))
        }
        newline()
    }
}
