import Foundation

/// Every figure the benchmark measured, printed as a table and written as JSON.
struct BenchResults {
    struct DocumentFigures {
        var name = ""
        var lines = 0
        var bytes = 0
        var firstDiagnostics = 0
        var keystrokes = ServerTimes()
        var hovers: ServerTimes?
    }

    var small = DocumentFigures()
    var large = DocumentFigures()
    var coldStarts = Samples()
    var initializeMs = Samples()
    var burst: BurstResult?
    var hoverAdvertised = false
    var peakRSSMegabytes: Double?
    var batch = BatchBenchmark.Result()
    var inProcess: [InProcessBenchmarks.Figure] = []
    /// 1-minute load average before and after the run (other processes skew wall times).
    var loadAtStart: Double?
    var loadAtEnd: Double?

    struct Target {
        let name: String
        let limit: String
        let measured: Double?
        let unit: String
        let met: Bool?
        /// The same figure from the server's CPU time (what it would be on an idle machine), when known.
        var cpu: Double? = nil
    }

    var targets: [Target] {
        let largeP50 = large.keystrokes.latency.percentile(50), largeP99 = large.keystrokes.latency.percentile(99)
        let smallP99 = small.keystrokes.latency.percentile(99)
        let ratio = largeP99.flatMap { l in smallP99.map { l / max($0, 0.001) } }
        let hoverP99 = large.hovers?.latency.percentile(99)
        let throughput = batch.megabytesPerSecond(large.bytes)
        func atMost(_ v: Double?, _ limit: Double) -> Bool? { v.map { $0 <= limit } }
        return [
            Target(name: "keystroke p50, 40,000 lines", limit: "≤ 2 ms", measured: largeP50, unit: "ms", met: atMost(largeP50, 2),
                   cpu: large.keystrokes.cpu.percentile(50)),
            Target(name: "keystroke p99, 40,000 lines", limit: "≤ 5 ms", measured: largeP99, unit: "ms", met: atMost(largeP99, 5),
                   cpu: large.keystrokes.cpu.percentile(99)),
            Target(name: "p99 40,000 / p99 1,000 lines", limit: "≤ 2×", measured: ratio, unit: "×", met: atMost(ratio, 2),
                   cpu: large.keystrokes.cpu.percentile(99).flatMap { l in small.keystrokes.cpu.percentile(99).map { l / max($0, 0.001) } }),
            Target(name: "hover p99", limit: "≤ 2 ms", measured: hoverP99, unit: "ms", met: atMost(hoverP99, 2),
                   cpu: large.hovers?.cpu.percentile(99)),
            Target(name: "cold start (median)", limit: "≤ 250 ms", measured: coldStarts.median, unit: "ms", met: atMost(coldStarts.median, 250)),
            Target(name: "peak RSS", limit: "≤ 80 MB", measured: peakRSSMegabytes, unit: "MB", met: atMost(peakRSSMegabytes, 80)),
            Target(name: "batch check", limit: "≥ 50 MB/s", measured: throughput, unit: "MB/s", met: throughput.map { $0 >= 50 }),
        ]
    }

    // MARK: Table

    var table: String {
        var out = ""
        func row(_ label: String, _ value: String) {
            out += label.padding(toLength: 44, withPad: " ", startingAt: 0) + value + "\n"
        }
        func ms(_ v: Double?) -> String { v.map { String(format: "%.2f ms", $0) } ?? "n/a" }
        func percentiles(_ s: Samples) -> String {
            s.isEmpty ? "n/a" : String(format: "p50 %.2f  p90 %.2f  p99 %.2f  max %.2f ms (n=%d)",
                                       s.percentile(50) ?? 0, s.percentile(90) ?? 0, s.percentile(99) ?? 0, s.largest ?? 0, s.count)
        }
        out += "juesuan-bench: \(ProcessInfo.processInfo.activeProcessorCount) cores, load average \(loadAtStart.map { String(format: "%.1f", $0) } ?? "?") at start, \(loadAtEnd.map { String(format: "%.1f", $0) } ?? "?") at end\n\n"
        for d in [small, large] {
            row("document \(d.name)", String(format: "%d lines, %.2f MB, %d diagnostics", d.lines, Double(d.bytes) / 1_000_000, d.firstDiagnostics))
        }
        out += "\n"
        row("cold start → first diagnostics (\(large.name))", coldStarts.isEmpty ? "n/a" : String(format: "median %.1f ms  min %.1f ms (n=%d; initialize answered at %.1f ms)",
                                                                                            coldStarts.median ?? 0, coldStarts.smallest ?? 0, coldStarts.count, initializeMs.median ?? 0))
        for d in [small, large] {
            row("keystroke → diagnostics, \(d.name)", percentiles(d.keystrokes.latency))
            if !d.keystrokes.inTables.isEmpty {
                row("  in table cells / in the narrative", [d.keystrokes.inTables, d.keystrokes.inNarrative].map { samples in
                    ["p50", "p99"].compactMap { p in samples.percentile(p == "p50" ? 50 : 99).map { String(format: "\(p) %.2f", $0) } }
                        .joined(separator: " ")
                }.joined(separator: "  /  ") + " ms")
            }
            if !d.keystrokes.cpu.isEmpty {
                row("  server CPU per keystroke", percentiles(d.keystrokes.cpu))
                row("  server waiting for a CPU", percentiles(d.keystrokes.waiting))
            }
        }
        if let burst {
            row("burst of \(burst.edits) edits, \(large.name)", String(format: "%d publications, versions increase: %@, last is latest: %@, %.1f ms total, %.2f ms after the last edit",
                                                                          burst.publications, burst.versionsIncrease ? "yes" : "NO", burst.lastIsLatest ? "yes" : "NO", burst.totalMs, burst.afterLastEditMs))
        }
        if hoverAdvertised {
            for d in [small, large] {
                let h = d.hovers ?? ServerTimes()
                row("hover (codes, figures), \(d.name)", h.latency.isEmpty ? "n/a" : String(format: "p50 %.2f  p99 %.2f ms (n=%d); server CPU p50 %.2f  p99 %.2f ms",
                                                                                        h.latency.percentile(50) ?? 0, h.latency.percentile(99) ?? 0, h.latency.count,
                                                                                        h.cpu.percentile(50) ?? 0, h.cpu.percentile(99) ?? 0))
            }
        } else {
            row("hover", "n/a (not advertised)")
        }
        row("peak RSS (VmHWM), \(large.name) session", peakRSSMegabytes.map { String(format: "%.1f MB", $0) } ?? "n/a")
        let mb = Double(large.bytes) / 1_000_000
        if let checkMs = batch.checkMs {
            row("juesuan-ls check \(large.name)", String(format: "%.1f ms, %.1f MB/s (exit %d)", checkMs, mb / (checkMs / 1000), batch.exitCode ?? -1))
        } else {
            row("juesuan-ls check \(large.name)", "n/a (\(batch.note ?? "not run"))")
        }
        row("wc -l \(large.name)", batch.wcMs.map { String(format: "%.1f ms, %.1f MB/s", $0, mb / ($0 / 1000)) } ?? "n/a")
        out += "\nin process (\(large.name)):\n"
        for figure in inProcess {
            row("  " + figure.name, figure.ms.map { String(format: "%.3f ms (CPU %.3f ms)", $0, figure.cpuMs ?? 0) } ?? "n/a (\(figure.note))")
        }
        out += "\ntargets:\n"
        for target in targets {
            let measured = target.measured.map { String(format: "%.2f %@", $0, target.unit) } ?? "n/a"
            let verdict = target.met.map { $0 ? "met" : "NOT MET" } ?? "not measured"
            let cpu = target.cpu.map { String(format: "  (server CPU: %.2f %@)", $0, target.unit) } ?? ""
            row("  " + target.name, "\(target.limit.padding(toLength: 10, withPad: " ", startingAt: 0)) \(measured.padding(toLength: 14, withPad: " ", startingAt: 0)) \(verdict)\(cpu)")
        }
        return out
    }

    // MARK: JSON

    var json: [String: Any] {
        func orNull(_ value: Any?) -> Any { value ?? NSNull() }
        func document(_ d: DocumentFigures) -> [String: Any] {
            var object: [String: Any] = ["lines": d.lines, "bytes": d.bytes, "diagnostics": d.firstDiagnostics,
                                         "keystrokeMs": d.keystrokes.latency.summary, "keystrokeServerCPUMs": d.keystrokes.cpu.summary,
                                         "keystrokeServerWaitingMs": d.keystrokes.waiting.summary,
                                         "keystrokeInTablesMs": d.keystrokes.inTables.summary,
                                         "keystrokeInNarrativeMs": d.keystrokes.inNarrative.summary]
            if let hovers = d.hovers {
                object["hoverMs"] = hovers.latency.summary
                object["hoverServerCPUMs"] = hovers.cpu.summary
            }
            return object
        }
        var object: [String: Any] = [
            "cores": ProcessInfo.processInfo.activeProcessorCount,
            "documents": [small.name: document(small), large.name: document(large)],
            "coldStartMs": ["median": orNull(coldStarts.median), "min": orNull(coldStarts.smallest), "runs": coldStarts.count,
                            "initializeMedian": orNull(initializeMs.median)],
            "hoverAdvertised": hoverAdvertised,
            "peakRSSMB": orNull(peakRSSMegabytes),
            "batch": ["checkMs": orNull(batch.checkMs), "checkMBps": orNull(batch.megabytesPerSecond(large.bytes)),
                      "wcMs": orNull(batch.wcMs), "note": orNull(batch.note)],
            "inProcessMs": Dictionary(inProcess.map { ($0.name, orNull($0.ms)) }, uniquingKeysWith: { a, _ in a }),
            "inProcessCPUMs": Dictionary(inProcess.map { ($0.name, orNull($0.cpuMs)) }, uniquingKeysWith: { a, _ in a }),
            "loadAverage": ["start": orNull(loadAtStart), "end": orNull(loadAtEnd)],
            "targets": targets.map { ["name": $0.name, "limit": $0.limit, "measured": orNull($0.measured), "met": orNull($0.met),
                                      "serverCPU": orNull($0.cpu)] as [String: Any] },
        ]
        if let burst { object["burst"] = burst.json }
        return object
    }
}
