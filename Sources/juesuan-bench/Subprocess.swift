#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A child process started with `posix_spawn` (Foundation's `Process` adds tens of
/// milliseconds per launch, which would count as the server's time), with pipes on
/// its stdin and stdout and stderr sent to a file or `/dev/null`.
struct Subprocess {
    let pid: pid_t
    /// Our end of its stdin (-1 when not piped).
    let input: Int32
    /// Our end of its stdout (-1 when not piped).
    let output: Int32

    static func spawn(_ executable: String, _ arguments: [String], pipeInput: Bool, pipeOutput: Bool,
                      stderrPath: String = "/dev/null") throws -> Subprocess {
        var toChild: [Int32] = [-1, -1], fromChild: [Int32] = [-1, -1]
        if pipeInput, pipe(&toChild) != 0 { throw BenchError.message("pipe failed") }
        if pipeOutput, pipe(&fromChild) != 0 { throw BenchError.message("pipe failed") }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        if pipeInput {
            posix_spawn_file_actions_adddup2(&actions, toChild[0], 0)
            posix_spawn_file_actions_addclose(&actions, toChild[1])
        } else {
            posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        }
        if pipeOutput {
            posix_spawn_file_actions_adddup2(&actions, fromChild[1], 1)
            posix_spawn_file_actions_addclose(&actions, fromChild[0])
        } else {
            posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        }
        posix_spawn_file_actions_addopen(&actions, 2, stderrPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        let argv: [UnsafeMutablePointer<CChar>?] = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { for p in argv { free(p) } }
        var pid: pid_t = 0
        let status = posix_spawn(&pid, executable, &actions, nil, argv, environ)
        if pipeInput { close(toChild[0]) }
        if pipeOutput { close(fromChild[1]) }
        guard status == 0 else { throw BenchError.message("cannot start \(executable): error \(status)") }
        return Subprocess(pid: pid, input: toChild[1], output: fromChild[0])
    }

    /// Waits for the process to end; returns its exit code (128 + signal when killed).
    func wait() -> Int32 {
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0, errno == EINTR {}
        let signal = status & 0x7F
        return signal == 0 ? (status >> 8) & 0xFF : 128 + signal
    }

    /// Whether the process has ended (reaping it); its exit code if so.
    func poll() -> Int32? {
        var status: Int32 = 0
        let result = waitpid(pid, &status, WNOHANG)
        guard result == pid else { return nil }
        let signal = status & 0x7F
        return signal == 0 ? (status >> 8) & 0xFF : 128 + signal
    }
}
