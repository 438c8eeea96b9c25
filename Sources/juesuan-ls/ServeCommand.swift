#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import JSONRPC
import LanguageServer

/// `juesuan-ls [--stdio] [--log-file PATH]`: serves LSP over stdin/stdout.
enum ServeCommand {
    static let usage = """
        juesuan-ls \(LanguageServer.version): checks 部门决算公开 drafts as they are typed.

        Usage:
          juesuan-ls [--stdio] [--log-file PATH]   serve the Language Server Protocol over stdin/stdout
          juesuan-ls check [OPTIONS] FILE…         check reports and print the findings
          juesuan-ls dump FILE                     print the parsed report model as JSON
          juesuan-ls --version                     print the version
          juesuan-ls --help                        print this help

        Logs go to stderr, or to PATH with --log-file; never to stdout.

        """

    static func run(_ arguments: [String]) -> Int32 {
        var logFile: String?
        var k = 0
        while k < arguments.count {
            switch arguments[k] {
            case "--stdio":
                break
            case "--log-file":
                guard k + 1 < arguments.count else {
                    FileHandleOutput.standardError("juesuan-ls: --log-file needs a path\n")
                    return 2
                }
                logFile = arguments[k + 1]
                k += 1
            case "--clientProcessId":
                k += 1 // VS Code clients pass their process id; nothing to do with it
            case let argument where argument.hasPrefix("--clientProcessId="):
                break
            case let argument where argument.hasPrefix("--log-file="):
                logFile = String(argument.dropFirst("--log-file=".count))
            case "--version", "-v":
                FileHandleOutput.standardOutput("\(LanguageServer.name) \(LanguageServer.version)\n")
                return 0
            case "--help", "-h":
                FileHandleOutput.standardOutput(usage)
                return 0
            case let argument:
                FileHandleOutput.standardError("juesuan-ls: unknown argument \(argument)\n\(usage)")
                return 2
            }
            k += 1
        }
        var log = ServerLog.standardError
        if let logFile {
            let fd = open(logFile, O_WRONLY | O_CREAT | O_APPEND, 0o644)
            guard fd >= 0 else {
                FileHandleOutput.standardError("juesuan-ls: cannot open log file \(logFile)\n")
                return 2
            }
            log = ServerLog(descriptor: fd)
        }
        serve(log: log)
    }

    private static func serve(log: ServerLog) -> Never {
        signal(SIGPIPE, SIG_IGN)
        limitMallocArenas()
        // Keep the protocol stream private: anything else printed to stdout by
        // mistake goes to stderr instead of corrupting the client's input.
        var protocolOutput = dup(STDOUT_FILENO)
        if protocolOutput >= 0 {
            dup2(STDERR_FILENO, STDOUT_FILENO)
        } else {
            protocolOutput = STDOUT_FILENO
        }
        widenPipe(protocolOutput)
        let connection = Connection(input: STDIN_FILENO, output: protocolOutput, log: { log($0) })
        let server = LanguageServer(analyzer: ReportAnalyzer.standard(), log: log, output: { connection.send($0) }, onExit: { code in
            log("exit \(code)")
            exit(code)
        })
        log("\(LanguageServer.name) \(LanguageServer.version) serving on stdio")
        connection.run { server.receive($0) }
        server.endOfInput()
        exit(0)
    }

    /// A 1 MB pipe buffer for the protocol output when it is a pipe (Linux; 64 KB by default): a
    /// volume's `publishDiagnostics` (~110 KB for 185 diagnostics) is written in one go instead of
    /// waiting, half-written, for the client to drain the pipe. Failure (not a pipe, a lower
    /// `pipe-max-size`) leaves the default.
    private static func widenPipe(_ fd: Int32) {
        #if os(Linux)
        let setPipeSize: Int32 = 1031 // F_SETPIPE_SZ
        _ = fcntl(fd, setPipeSize, Int32(1 << 20))
        #endif
    }

    /// Two glibc malloc arenas instead of one per thread: blocks freed by the analysis threads
    /// are reused instead of parked per thread. Peak RSS with the 40-department volume open:
    /// ~78 -> ~68 MB, no measurable time cost. (`mallopt` is not in Swift's Glibc module.)
    private static func limitMallocArenas() {
        #if canImport(Glibc)
        typealias Mallopt = @convention(c) (Int32, Int32) -> Int32
        let arenaMax: Int32 = -8 // M_ARENA_MAX
        if let symbol = dlsym(nil, "mallopt") { _ = unsafeBitCast(symbol, to: Mallopt.self)(arenaMax, 2) }
        #endif
    }
}
