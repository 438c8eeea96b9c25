import Foundation

// Entry point. Subcommands: check, dump; no arguments (or --stdio): serve LSP over stdio.
// The server itself arrives with issue 2.
let arguments = Array(CommandLine.arguments.dropFirst())
switch arguments.first {
case "check":
    exit(CheckCommand.run(Array(arguments.dropFirst())))
case "dump":
    exit(DumpCommand.run(Array(arguments.dropFirst())))
default:
    FileHandleOutput.standardError("juesuan-ls: server not implemented yet\n")
    exit(2)
}
