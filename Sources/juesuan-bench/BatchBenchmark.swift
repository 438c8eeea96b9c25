import Foundation

/// `juesuan-ls check FILE` on the large document, beside `wc -l FILE` as the floor
/// (reading the file and counting lines is the least any checker must do).
struct BatchBenchmark {
    let server: String
    let path: String
    let bytes: Int
    let runs: Int

    struct Result {
        /// Nil when `check` is not implemented.
        var checkMs: Double?
        var wcMs: Double?
        var exitCode: Int32?
        var note: String?

        func megabytesPerSecond(_ bytes: Int) -> Double? {
            checkMs.map { Double(bytes) / 1_000_000 / ($0 / 1000) }
        }
    }

    func run() -> Result {
        var result = Result()
        var check = Samples()
        for _ in 0..<runs {
            guard let (ms, code, stderr) = Self.time(server, ["check", path]) else {
                result.note = "could not run \(server)"
                break
            }
            if code == 2, stderr.contains("not implemented") {
                result.note = "not implemented"
                break
            }
            result.exitCode = code
            check.add(ms)
        }
        result.checkMs = check.smallest
        var wc = Samples()
        for _ in 0..<runs {
            if let (ms, _, _) = Self.time("/usr/bin/wc", ["-l", path]) ?? Self.time("/bin/wc", ["-l", path]) { wc.add(ms) }
        }
        result.wcMs = wc.smallest
        return result
    }

    /// Wall time of one run (stdout discarded), its exit code and stderr.
    static func time(_ executable: String, _ arguments: [String]) -> (Double, Int32, String)? {
        guard FileManager.default.isExecutableFile(atPath: executable) else { return nil }
        let stderrPath = NSTemporaryDirectory() + "juesuan-bench-batch.err"
        let start = Clock.now()
        guard let process = try? Subprocess.spawn(executable, arguments, pipeInput: false, pipeOutput: false, stderrPath: stderrPath)
        else { return nil }
        let code = process.wait()
        let ms = Clock.ms(start, Clock.now())
        let stderr = (try? String(contentsOfFile: stderrPath, encoding: .utf8)) ?? ""
        return (ms, code, stderr)
    }
}
