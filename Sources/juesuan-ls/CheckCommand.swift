/// `juesuan-ls check [--format text|json|sarif] [--locale zh|en] [--catalog FILE] PATH…` (issue 4).
enum CheckCommand {
    static func run(_ arguments: [String]) -> Int32 {
        FileHandleOutput.standardError("juesuan-ls check: not implemented yet\n")
        return 2
    }
}
