import Foundation
import SyntheticReports

/// The whole run: documents, server sessions, batch check, in-process figures.
struct Benchmark {
    let options: BenchOptions
    let server: String
    let progress: (String) -> Void

    func run() throws -> BenchResults {
        var results = BenchResults()
        results.loadAtStart = Clock.loadAverage()
        progress("generating documents")
        let small = BenchDocument(name: "report-1k", report: SyntheticReports.volume(departments: 1, seed: 1, errorsPerDepartment: 3))
        let large = BenchDocument(name: "volume-40k", report: SyntheticReports.volume(departments: 40, seed: 2024, errorsPerDepartment: 2))
        let stderrPath = NSTemporaryDirectory() + "juesuan-bench-server.log"

        // Cold starts: each a fresh process opening the volume.
        for k in 0..<options.coldStarts where options.runs("server") {
            progress("cold start \(k + 1)/\(options.coldStarts)")
            let session = try ServerSession(server: server, document: large, stderrPath: stderrPath)
            results.coldStarts.add(session.coldStartMs)
            results.initializeMs.add(session.initializeMs)
            session.stop()
        }

        for document in [small, large] where options.runs("server") {
            progress("\(document.name): \(options.keystrokes) keystrokes")
            let session = try ServerSession(server: server, document: document, stderrPath: stderrPath)
            defer { session.stop() }
            var figures = BenchResults.DocumentFigures(name: document.name, lines: document.lineCount, bytes: document.bytes.count,
                                                       firstDiagnostics: session.firstDiagnosticsCount)
            figures.keystrokes = try session.type(Typist.keystrokes(document, count: options.keystrokes, seed: 7))
            results.hoverAdvertised = session.advertisesHover
            if session.advertisesHover {
                progress("\(document.name): \(options.hovers) hovers")
                figures.hovers = try session.hover(Typist.hoverPositions(document, count: options.hovers, seed: 11))
            }
            if document.name == large.name {
                progress("\(document.name): burst of \(options.burstEdits) edits")
                results.burst = try session.burst(Typist.burst(document, count: options.burstEdits, seed: 13))
                results.peakRSSMegabytes = session.peakRSSMegabytes
                results.large = figures
            } else {
                results.small = figures
            }
        }

        if results.large.name.isEmpty {
            results.small = BenchResults.DocumentFigures(name: small.name, lines: small.lineCount, bytes: small.bytes.count)
            results.large = BenchResults.DocumentFigures(name: large.name, lines: large.lineCount, bytes: large.bytes.count)
        }
        if options.runs("batch") {
            progress("batch check")
            let path = NSTemporaryDirectory() + "juesuan-bench-\(large.name).txt"
            try Data(large.bytes).write(to: URL(fileURLWithPath: path))
            results.batch = BatchBenchmark(server: server, path: path, bytes: large.bytes.count, runs: options.batchRuns).run()
        }
        if options.runs("inprocess") {
            progress("in-process parse and check")
            results.inProcess = InProcessBenchmarks(document: large, runs: options.parseRuns, keystrokes: options.keystrokes).run()
        }
        if options.only.contains("server-inprocess") {
            // Only the server driven in process (for `perf record`): no pipes, no other figures.
            progress("in-process server keystrokes")
            results.inProcess = [InProcessServer.figure(large, keystrokes: options.keystrokes),
                                 InProcessServer.figure(small, keystrokes: options.keystrokes)]
        }
        results.loadAtEnd = Clock.loadAverage()
        return results
    }
}
