import Report
import SyntheticReports

/// Parser and checks timed in this process, without the protocol: where the
/// keystroke time goes. Full work is the median over `runs`; incremental work the
/// median over the keystrokes.
struct InProcessBenchmarks {
    let document: BenchDocument
    let runs: Int
    let keystrokes: [TextEdit]

    struct Figure {
        let name: String
        /// Nil: the API does not exist yet.
        let ms: Double?
        let note: String
    }

    init(document: BenchDocument, runs: Int, keystrokes: Int) {
        self.document = document
        self.runs = runs
        self.keystrokes = TextEdit.typist(document, count: keystrokes)
    }

    func run() -> [Figure] {
        let bytes = document.bytes
        var figures: [Figure] = []
        // Until the table parser lands: narrative regions are the runs of lines without a TAB.
        let regions = Self.linesWithoutTabs(bytes)
        figures.append(Figure(name: "narrative parse (full)", ms: median { _ = NarrativeParser.parse(bytes, regions: regions) },
                              note: "NarrativeParser.parse"))
        var narrative = NarrativeParser.parse(bytes, regions: regions)
        var current = regions
        figures.append(Figure(name: "narrative re-parse (keystroke)", ms: replay { text, edit in
            narrative = NarrativeParser.reparse(narrative, bytes: text, edit: edit, regions: current)
        } before: { edit in
            current = current.map { $0.start > edit.range.start ? $0.shifted(by: edit.delta)
                : $0.end >= edit.range.start ? SourceRange(start: $0.start, end: $0.end + edit.delta) : $0 }
        }, note: "NarrativeParser.reparse"))
        figures.append(Figure(name: "report parse (tables)", ms: nil, note: "table parser not in main yet"))
        figures.append(Figure(name: "report re-parse (keystroke)", ms: nil, note: "table parser not in main yet"))
        figures.append(Figure(name: "check (all reports)", ms: nil, note: "checks not in main yet"))
        return figures
    }

    /// Maximal runs of lines without a TAB (table rows have TABs in the generated layout).
    static func linesWithoutTabs(_ bytes: [UInt8]) -> [SourceRange] {
        var regions: [SourceRange] = []
        var lineStart = 0, runStart: Int?
        for i in 0...bytes.count where i == bytes.count || bytes[i] == 0x0A {
            let hasTab = bytes[lineStart..<i].contains(0x09)
            if hasTab, let start = runStart {
                regions.append(SourceRange(start: start, end: lineStart))
                runStart = nil
            } else if !hasTab, runStart == nil {
                runStart = lineStart
            }
            lineStart = i + 1
        }
        if let start = runStart { regions.append(SourceRange(start: start, end: bytes.count)) }
        return regions
    }

    private func median(_ body: () -> Void) -> Double? {
        var samples = Samples()
        for _ in 0..<max(1, runs) { samples.add(Clock.measure(body)) }
        return samples.median
    }

    /// Applies the keystrokes one by one to a copy of the text and times `body` after each.
    private func replay(_ body: (_ text: [UInt8], _ edit: ByteEdit) -> Void, before: (ByteEdit) -> Void = { _ in }) -> Double? {
        var text = document.bytes
        var samples = Samples()
        for keystroke in keystrokes {
            keystroke.apply(to: &text)
            before(keystroke.edit)
            samples.add(Clock.measure { body(text, keystroke.edit) })
        }
        return samples.median
    }
}

/// A keystroke as a byte edit (relative to the text the previous one left).
struct TextEdit {
    let edit: ByteEdit
    let replacement: [UInt8]

    func apply(to text: inout [UInt8]) {
        text.replaceSubrange(edit.range.start..<edit.range.end, with: replacement)
    }

    /// The same typist as `Typist.keystrokes`: a digit typed after a figure's first digit, then deleted.
    static func typist(_ document: BenchDocument, count: Int) -> [TextEdit] {
        var rng = SplitMix64(seed: 9)
        let (cells, narrative) = document.editableFigures
        var result: [TextEdit] = []
        var pair = 0
        while result.count < count, !cells.isEmpty {
            let figure = rng.pick(pair % 2 == 0 || narrative.isEmpty ? cells : narrative)
            let offset = figure.range.lowerBound + 1
            let digit = UInt8(0x30 + rng.int(0...9))
            result.append(TextEdit(edit: ByteEdit(range: SourceRange(start: offset, end: offset), replacementLength: 1), replacement: [digit]))
            result.append(TextEdit(edit: ByteEdit(range: SourceRange(start: offset, end: offset + 1), replacementLength: 0), replacement: []))
            pair += 1
        }
        return Array(result.prefix(count))
    }
}
