import Foundation
import XCTest

/// The server writes only protocol to stdout, reads no file except its own
/// libraries and resources and the catalog files the user names, writes none
/// except `--log-file`, opens no network connection and runs no program.
final class LeastPrivilegeTests: XCTestCase {
    static let repositoryRoot = URL(fileURLWithPath: "\(#filePath)").deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The modules the server is built from. `juesuan-bench` is not among them: it is a separate tool
    /// whose job is to start the server as a child process.
    static let serverModules: Set<String> = ["JSONRPC", "LanguageServer", "Report", "Checks", "Catalog", "juesuan-ls"]

    func testTheScanCoversEveryModuleTheServerIsBuiltFrom() throws {
        let sources = Self.repositoryRoot.appendingPathComponent("Sources")
        let modules = Set(try FileManager.default.contentsOfDirectory(atPath: sources.path))
        XCTAssertTrue(Self.serverModules.isSubset(of: modules), "missing: \(Self.serverModules.subtracting(modules))")
        let package = try String(contentsOf: Self.repositoryRoot.appendingPathComponent("Package.swift"), encoding: .utf8)
        XCTAssertTrue(package.contains(#".executableTarget(name: "juesuan-ls", dependencies: ["LanguageServer", "Checks", "Report", "Catalog"])"#),
                      "juesuan-ls's dependencies changed: update serverModules")
    }

    /// Calls that would run a program or open a connection do not appear in the server's sources.
    func testSourcesRunNoProgramAndOpenNoSocket() throws {
        let forbidden = ["Process(", "socket(", "URLSession", "system(", "popen(", "posix_spawn", "execv", "execl", "fork(",
                         "connect(", "NSTask", "URLRequest", "FileHandle(forWritingAtPath", "FileManager.default.createFile"]
        let sources = Self.repositoryRoot.appendingPathComponent("Sources")
        guard let files = FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil) else {
            return XCTFail("cannot list \(sources.path)")
        }
        var checked = 0
        for case let file as URL in files where file.pathExtension == "swift" {
            let module = file.path.dropFirst(sources.path.count + 1).split(separator: "/").first.map(String.init) ?? ""
            guard Self.serverModules.contains(module) else { continue }
            let text = try String(contentsOf: file, encoding: .utf8)
            checked += 1
            for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                let code = line.split(separator: "//", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
                for word in forbidden where Self.containsCall(code, word) {
                    XCTFail("\(file.path):\(number + 1) uses \(word): \(line)")
                }
            }
        }
        XCTAssertGreaterThan(checked, 10, "Sources/ was scanned")
    }

    /// `word` as a whole identifier (so `ProcessInfo(` or `filesystem(` do not count).
    static func containsCall(_ line: Substring, _ word: String) -> Bool {
        var rest = line[...]
        while let range = rest.range(of: word) {
            let before = range.lowerBound == line.startIndex ? nil : line[line.index(before: range.lowerBound)]
            if before.map({ !($0.isLetter || $0.isNumber || $0 == "_") }) ?? true { return true }
            rest = rest[range.upperBound...]
        }
        return false
    }

    func testTheForbiddenWordScanFindsWhatItLooksFor() {
        XCTAssertTrue(Self.containsCall("let p = Process()", "Process("))
        XCTAssertFalse(Self.containsCall("ProcessInfo.processInfo", "Process("))
        XCTAssertFalse(Self.containsCall("let fs = filesystem(x)", "system("))
        XCTAssertTrue(Self.containsCall("_ = system(\"ls\")", "system("))
    }

    /// A whole session under `strace`: the system calls the server makes.
    func testASessionOpensOnlyExpectedFilesAndNoSocketAndRunsNothing() throws {
        guard let strace = ["/usr/bin/strace", "/bin/strace"].first(where: FileManager.default.isExecutableFile) else {
            throw XCTSkip("strace is not installed")
        }
        let temporary = FileManager.default.temporaryDirectory.appendingPathComponent("juesuan-ls-privilege-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: temporary, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: temporary) }
        let trace = temporary.appendingPathComponent("trace").path
        let log = temporary.appendingPathComponent("server.log").path
        let catalog = temporary.appendingPathComponent("catalog.tsv").path
        try Data("code\tname\n2010199\t其他一般公共服务支出\n".utf8).write(to: URL(fileURLWithPath: catalog))

        let server = try ServerProcess(arguments: ["--log-file", log], launcher: [
            strace, "-f", "-qq", "-o", trace,
            "-e", "trace=network,process,openat,open,creat,unlink,unlinkat,rename,renameat,renameat2,mkdir,mkdirat,truncate",
        ])
        let uri = "file://\(temporary.path)/report.txt"
        guard server.initialize(options: ["catalogFiles": [catalog]]) != nil else {
            let text = (try? String(contentsOfFile: trace, encoding: .utf8)) ?? ""
            if text.contains("PTRACE_TRACEME") || text.isEmpty || server.standardError.contains("ptrace") {
                throw XCTSkip("strace cannot trace here: \(server.standardError)")
            }
            return XCTFail("no initialize result under strace: \(server.standardError)")
        }
        server.notify("textDocument/didOpen", ["textDocument": ["uri": uri, "languageId": "plaintext", "version": 1,
                                                                "text": "表1\n收入支出决算总表\n2010199\t合计\t1.00\n"]])
        server.notify("textDocument/didChange", ["textDocument": ["uri": uri, "version": 2], "contentChanges": [["text": "2010101\n"]]])
        server.notify("workspace/didChangeConfiguration", ["settings": ["juesuan-ls": ["catalogFiles": [catalog], "locale": "en"]]])
        XCTAssertNotNil(server.response(to: server.request("textDocument/diagnostic", ["textDocument": ["uri": uri]])))
        XCTAssertNotNil(server.response(to: server.request("shutdown")))
        server.notify("exit")
        XCTAssertEqual(server.waitForExit(), 0)

        let lines = try String(contentsOfFile: trace, encoding: .utf8).split(separator: "\n").map(String.init)
        let binary = try ServerProcess.executableURL().resolvingSymlinksInPath()
        let binaryDirectory = binary.deletingLastPathComponent().path + "/"
        let launched = try ServerProcess.executableURL().path
        XCTAssertTrue(lines.contains { $0.contains("execve(\"\(binary.path)\"") || $0.contains("execve(\"\(launched)\"") },
                      "the trace shows the server starting:\n\(lines.prefix(3).joined(separator: "\n"))")

        // No program run: the only execve is the one that started the server; no fork.
        let execs = lines.filter { $0.contains(" execve(") || $0.contains(" execveat(") }
        XCTAssertEqual(execs.count, 1, execs.joined(separator: "\n"))
        // A clone interrupted by another thread's call is printed twice: `clone3({flags=…|CLONE_THREAD…} <unfinished ...>`
        // and `<... clone3 resumed> …`; the flags are on the first line, so the second is not judged.
        let forks = lines.filter { line in
            line.contains(" fork(") || line.contains(" vfork(")
                || (line.contains(" clone") && !line.contains("CLONE_THREAD") && !line.contains("resumed>"))
        }
        XCTAssertEqual(forks, [], "only threads are created")

        // No network.
        let networkCalls = ["socket(", "connect(", "bind(", "listen(", "accept(", "accept4(", "sendto(", "sendmsg(", "recvfrom(", "recvmsg(", "socketpair("]
        let network = lines.filter { line in networkCalls.contains { line.contains(" \($0)") } }
        XCTAssertEqual(network, [], "no socket is opened")

        // Files: written only the log; read only libraries, the runtime's /proc and /sys files, resources, the catalog.
        for line in lines {
            guard let path = Self.path(in: line) else { continue }
            let writes = line.contains("O_WRONLY") || line.contains("O_RDWR") || line.contains("O_CREAT") || line.contains("O_TRUNC")
                || [" creat(", " unlink", " rename", " mkdir", " truncate("].contains { line.contains($0) }
            if writes {
                // ThreadSanitizer's runtime keeps a scratch file of its own.
                if ServerProcess.builtWithSanitizer, path.hasPrefix("/tmp/tsan.") { continue }
                XCTAssertEqual(path, log, "writes only the log file: \(line)")
                continue
            }
            let expected = path.hasSuffix(".so") || path.contains(".so.") || path == "/etc/ld.so.cache"
                || path.hasPrefix("/proc/") || path.hasPrefix("/sys/devices/system/cpu/")
                || path == "/etc/localtime" || path.hasPrefix("/usr/share/zoneinfo/")
                || path.hasPrefix(binaryDirectory) || path + "/" == binaryDirectory || path == catalog
            XCTAssertTrue(expected, "unexpected file opened: \(line)")
        }
    }

    /// The first quoted path of a file system call in an strace line.
    static func path(in line: String) -> String? {
        guard [" openat(", " open(", " creat(", " unlink", " rename", " mkdir", " truncate("].contains(where: line.contains),
              let open = line.firstIndex(of: "\"") else { return nil }
        let rest = line[line.index(after: open)...]
        guard let close = rest.firstIndex(of: "\"") else { return nil }
        return String(rest[..<close])
    }
}
