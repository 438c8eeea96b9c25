/// `juesuan-ls dump FILE`: prints the parsed report model as JSON (issue 3).
enum DumpCommand {
    static func run(_ arguments: [String]) -> Int32 {
        FileHandleOutput.standardError("juesuan-ls dump: not implemented yet\n")
        return 2
    }
}
