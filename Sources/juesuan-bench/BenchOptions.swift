import Foundation

/// `juesuan-bench [--quick] [--json PATH] [--server PATH]`.
struct BenchOptions {
    var quick = false
    var jsonPath = ".build/juesuan-bench.json"
    var server: String?
    /// Run only these parts (server, batch, inprocess); all when empty.
    var only: Set<String> = []

    static let usage = """
        Usage: juesuan-bench [--quick] [--json PATH] [--server PATH]

          --quick        fewer samples (for a smoke run)
          --json PATH    where to write the figures as JSON (default .build/juesuan-bench.json)
          --server PATH  the juesuan-ls to measure (default: the one next to this binary;
                         build it with `swift build -c release`)
          --only PARTS   comma-separated parts to run: server, batch, inprocess, or
                         server-inprocess (only the server driven without pipes; for profiling)

        """

    static func parse(_ arguments: [String]) -> Result<BenchOptions, BenchError> {
        var options = BenchOptions()
        var k = 0
        while k < arguments.count {
            switch arguments[k] {
            case "--quick": options.quick = true
            case "--json", "--server", "--only":
                guard k + 1 < arguments.count else { return .failure(.message("\(arguments[k]) needs a value")) }
                switch arguments[k] {
                case "--json": options.jsonPath = arguments[k + 1]
                case "--server": options.server = arguments[k + 1]
                default: options.only = Set(arguments[k + 1].split(separator: ",").map(String.init))
                }
                k += 1
            case "--help", "-h": return .failure(.message(""))
            case let other: return .failure(.message("unknown argument \(other)"))
            }
            k += 1
        }
        return .success(options)
    }

    func runs(_ part: String) -> Bool { only.isEmpty || only.contains(part) }

    /// Samples per measurement.
    var keystrokes: Int { quick ? 100 : 500 }
    var burstEdits: Int { quick ? 100 : 200 }
    var hovers: Int { quick ? 50 : 200 }
    var coldStarts: Int { quick ? 1 : 5 }
    var batchRuns: Int { quick ? 1 : 3 }
    var parseRuns: Int { quick ? 1 : 5 }

    /// The server binary: `--server`, else `juesuan-ls` beside this executable.
    func serverPath() -> String? {
        if let server { return server }
        let me = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        let candidate = URL(fileURLWithPath: me).deletingLastPathComponent().appendingPathComponent("juesuan-ls").path
        return FileManager.default.isExecutableFile(atPath: candidate) ? candidate : nil
    }
}
