import Foundation
import SyntheticReports

// juesuan-bench: measures the release juesuan-ls as an editor uses it (see README, Performance).
let options: BenchOptions
switch BenchOptions.parse(Array(CommandLine.arguments.dropFirst())) {
case .success(let parsed): options = parsed
case .failure(let error):
    FileHandle.standardError.write(Data("\(error.description.isEmpty ? "" : "juesuan-bench: \(error)\n")\(BenchOptions.usage)".utf8))
    exit(error.description.isEmpty ? 0 : 2)
}
guard let server = options.serverPath() else {
    FileHandle.standardError.write(Data("juesuan-bench: juesuan-ls not found next to this binary; build it first (swift build -c release) or pass --server PATH\n".utf8))
    exit(2)
}

func progress(_ text: String) {
    FileHandle.standardError.write(Data("· \(text)\n".utf8))
}

do {
    let results = try Benchmark(options: options, server: server, progress: progress).run()
    print(results.table)
    let data = try JSONSerialization.data(withJSONObject: results.json, options: [.prettyPrinted, .sortedKeys])
    let url = URL(fileURLWithPath: options.jsonPath)
    try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try data.write(to: url)
    print("figures written to \(options.jsonPath)")
} catch {
    FileHandle.standardError.write(Data("juesuan-bench: \(error)\n".utf8))
    exit(1)
}
