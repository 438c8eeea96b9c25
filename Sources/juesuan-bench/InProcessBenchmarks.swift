import Catalog
import Checks
import LanguageServer
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
        /// Median wall time; nil: the API does not exist yet.
        let ms: Double?
        /// Median CPU time of the process (above `ms` when the work runs on several cores).
        var cpuMs: Double?
        let note: String

        init(name: String, _ timing: (wall: Double, cpu: Double)?, note: String) {
            self.name = name
            ms = timing?.wall
            cpuMs = timing?.cpu
            self.note = note
        }
    }

    init(document: BenchDocument, runs: Int, keystrokes: Int) {
        self.document = document
        self.runs = runs
        self.keystrokes = TextEdit.typist(document, count: keystrokes)
    }

    func run() -> [Figure] {
        let bytes = document.bytes
        var figures: [Figure] = []
        figures.append(Figure(name: "catalog load (built-in, first use)", median { _ = Catalog.readBuiltIn() },
                              note: "Catalog.readBuiltIn, \(Catalog.builtIn.entries.count) codes"))
        figures.append(Figure(name: "report parse (full: tables + narrative)", median { _ = IncrementalReportParser(text: bytes) },
                              note: "IncrementalReportParser(text:)"))
        var parser = IncrementalReportParser(text: bytes)
        figures.append(Figure(name: "report re-parse (keystroke)", replay { text, edit in
            parser.apply(edits: [edit], newText: text)
        }, note: "IncrementalReportParser.apply"))
        for (place, inTable) in [("in a table", true), ("in the narrative", false)] {
            var parser = IncrementalReportParser(text: bytes)
            figures.append(Figure(name: "  re-parse, keystroke \(place)", replay(timing: { $0.inTable == inTable }) { text, edit in
                parser.apply(edits: [edit], newText: text)
            }, note: "IncrementalReportParser.apply, keystrokes \(place) only"))
        }
        let reports = parser.document.reports
        let perReport = Double(max(1, reports.count))
        figures.append(Figure(name: "narrative assembly (one report)", median {
            for report in reports { _ = report.narrative }
        }.map { ($0.wall / perReport, $0.cpu / perReport) }, note: "Report.narrative"))
        let document = parser.document
        figures.append(Figure(name: "table checks (all reports)", median { _ = Checker().check(document) }, note: "Checker.check"))
        figures.append(Figure(name: "all rule families (all reports)", median { _ = ReportChecks().check(document) },
                              note: "ReportChecks.check"))
        let one = document.reports[document.reports.count / 2]
        figures.append(Figure(name: "all rule families (one report)", median { _ = ReportChecks().check(one) }, note: "ReportChecks.check"))
        for (name, family) in [("table", ReportChecks.Families.tables), ("narrative", .narrative), ("name", .names)] {
            figures.append(Figure(name: "  \(name) rules (one report)", median { _ = ReportChecks(families: family).check(one) },
                                  note: "ReportChecks.check, \(name) family only"))
        }
        // What the server does per keystroke: the standard analyzer's session (incremental parse, then
        // every rule family over the touched report), without the wire.
        var session = ReportAnalyzer.standard().makeSession(uri: "file:///bench/volume.txt")
        _ = session.update(bytes: bytes, edits: nil, options: AnalysisOptions())
        figures.append(Figure(name: "server analysis (keystroke)", replay { text, edit in
            _ = session.update(bytes: text, edits: [edit], options: AnalysisOptions())
        }, note: "ReportAnalyzer session update"))
        figures.append(InProcessServer.figure(self.document, keystrokes: keystrokes.count))
        return figures
    }

    private func median(_ body: () -> Void) -> (wall: Double, cpu: Double)? {
        var wall = Samples(), cpu = Samples()
        for _ in 0..<max(1, runs) {
            let t = Clock.measureWithCPU(body)
            wall.add(t.wall)
            cpu.add(t.cpu)
        }
        return wall.median.flatMap { w in cpu.median.map { (w, $0) } }
    }

    /// Applies the keystrokes one by one to a copy of the text and times `body` after each (after
    /// those `timing` selects; `body` sees every keystroke).
    private func replay(timing: (TextEdit) -> Bool = { _ in true },
                        _ body: (_ text: [UInt8], _ edit: ByteEdit) -> Void) -> (wall: Double, cpu: Double)? {
        var text = document.bytes
        var wall = Samples(), cpu = Samples()
        for keystroke in keystrokes {
            keystroke.apply(to: &text)
            guard timing(keystroke) else {
                body(text, keystroke.edit)
                continue
            }
            let t = Clock.measureWithCPU { body(text, keystroke.edit) }
            wall.add(t.wall)
            cpu.add(t.cpu)
        }
        return wall.median.flatMap { w in cpu.median.map { (w, $0) } }
    }
}

/// A keystroke as a byte edit (relative to the text the previous one left).
struct TextEdit {
    let edit: ByteEdit
    let replacement: [UInt8]
    /// In a table cell (else in a narrative number).
    let inTable: Bool

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
            let inTable = pair % 2 == 0 || narrative.isEmpty
            let figure = rng.pick(inTable ? cells : narrative)
            let offset = figure.range.lowerBound + 1
            let digit = UInt8(0x30 + rng.int(0...9))
            result.append(TextEdit(edit: ByteEdit(range: SourceRange(start: offset, end: offset), replacementLength: 1), replacement: [digit],
                                   inTable: inTable))
            result.append(TextEdit(edit: ByteEdit(range: SourceRange(start: offset, end: offset + 1), replacementLength: 0), replacement: [],
                                   inTable: inTable))
            pair += 1
        }
        return Array(result.prefix(count))
    }
}
