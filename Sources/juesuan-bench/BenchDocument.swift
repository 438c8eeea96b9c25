import Report
import SyntheticReports

/// A generated report opened in the server, with what the benchmark needs to
/// edit it and hover over it: LSP positions (UTF-16, as editors count) of its figures.
struct BenchDocument {
    let name: String
    let uri: String
    let report: GeneratedReport
    let lineIndex: LineIndex

    init(name: String, report: GeneratedReport) {
        self.name = name
        uri = "file:///bench/\(name).txt"
        self.report = report
        lineIndex = LineIndex(utf8: report.bytes)
    }

    var bytes: [UInt8] { report.bytes }
    var lineCount: Int { lineIndex.lineCount }
    var megabytes: Double { Double(bytes.count) / 1_000_000 }

    /// The LSP position (UTF-16) of a byte offset.
    func position(_ offset: Int) -> [String: Any] {
        let p = lineIndex.position(of: offset, in: report.bytes, encoding: .utf16)
        return ["line": p.line, "character": p.character]
    }

    /// Figures that keystrokes may touch: multi-digit numbers inside table cells and in the narrative.
    var editableFigures: (cells: [GeneratedFigure], narrative: [GeneratedFigure]) {
        let usable = report.figures.filter { figure in
            figure.range.count >= 2 && figure.text.utf8.first.map { $0 >= 0x30 && $0 <= 0x39 } == true
        }
        return (usable.filter(\.isTableCell), usable.filter { !$0.isTableCell })
    }
}

/// One keystroke: a digit typed into a figure, or deleted again.
struct Keystroke {
    enum Kind { case typeDigit, deleteDigit }
    let kind: Kind
    let change: [String: Any]
    /// What the keystroke touched, for the record.
    let inTable: Bool
}

/// A deterministic typist: types a digit inside a figure (after its first digit) and deletes
/// it again, alternating between table cells and narrative numbers. Every pair leaves the
/// text as it was, so positions computed on the original text stay valid.
enum Typist {
    static func keystrokes(_ document: BenchDocument, count: Int, seed: UInt64) -> [Keystroke] {
        var rng = SplitMix64(seed: seed)
        let (cells, narrative) = document.editableFigures
        var result: [Keystroke] = []
        var pair = 0
        while result.count < count {
            let pool = pair % 2 == 0 || narrative.isEmpty ? cells : narrative
            guard !pool.isEmpty else { break }
            let figure = rng.pick(pool)
            let offset = figure.range.lowerBound + 1
            let at = document.position(offset)
            let after: [String: Any] = ["line": at["line"] ?? 0, "character": (at["character"] as? Int ?? 0) + 1]
            let digit = String(rng.int(0...9))
            result.append(Keystroke(kind: .typeDigit, change: ["range": ["start": at, "end": at], "text": digit],
                                    inTable: figure.isTableCell))
            result.append(Keystroke(kind: .deleteDigit, change: ["range": ["start": at, "end": after], "text": ""],
                                    inTable: figure.isTableCell))
            pair += 1
        }
        return Array(result.prefix(count))
    }

    /// A fast typist at one place: `count / 2` digits typed into a table cell, then as many
    /// backspaces (the text ends as it began).
    static func burst(_ document: BenchDocument, count: Int, seed: UInt64) -> [Keystroke] {
        var rng = SplitMix64(seed: seed)
        let (cells, _) = document.editableFigures
        guard !cells.isEmpty else { return [] }
        let at = document.position(rng.pick(cells).range.lowerBound + 1)
        let line = at["line"] as? Int ?? 0, character = at["character"] as? Int ?? 0
        func position(_ k: Int) -> [String: Any] { ["line": line, "character": character + k] }
        let typed = count / 2
        var result: [Keystroke] = []
        for k in 0..<typed {
            result.append(Keystroke(kind: .typeDigit, change: ["range": ["start": position(k), "end": position(k)], "text": String(rng.int(0...9))],
                                    inTable: true))
        }
        for k in (0..<typed).reversed() {
            result.append(Keystroke(kind: .deleteDigit, change: ["range": ["start": position(k), "end": position(k + 1)], "text": ""],
                                    inTable: true))
        }
        return result
    }

    /// Hover positions: alternately on a subject code (row label of a table cell) and in a figure.
    static func hoverPositions(_ document: BenchDocument, count: Int, seed: UInt64) -> [(kind: String, position: [String: Any])] {
        var rng = SplitMix64(seed: seed)
        let (cells, narrative) = document.editableFigures
        let codes = codeOffsets(document, cells: cells)
        var result: [(String, [String: Any])] = []
        var k = 0
        while result.count < count {
            if k % 2 == 0, !codes.isEmpty {
                result.append(("code", document.position(rng.pick(codes))))
            } else {
                let figure = rng.pick(k % 4 == 1 || narrative.isEmpty ? cells : narrative)
                result.append(("figure", document.position(figure.range.lowerBound + figure.range.count / 2)))
            }
            k += 1
        }
        return result
    }

    /// Offsets in the middle of subject codes printed at the start of table rows.
    private static func codeOffsets(_ document: BenchDocument, cells: [GeneratedFigure]) -> [Int] {
        var offsets = Set<Int>()
        let bytes = document.bytes
        for figure in cells {
            guard case .tableCell(_, let row, _) = figure.kind, row.count >= 3,
                  row.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { continue }
            let line = document.lineIndex.line(containing: figure.range.lowerBound)
            let start = document.lineIndex.lineStarts[line]
            let code = Array(row.utf8)
            var i = start
            while i + code.count <= figure.range.lowerBound {
                if bytes[i..<(i + code.count)].elementsEqual(code) {
                    offsets.insert(i + code.count / 2)
                    break
                }
                i += 1
            }
        }
        return offsets.sorted()
    }
}
