import Foundation

// Entry point. Subcommands: check, dump; otherwise (no arguments, --stdio,
// --log-file, --version, --help) the LSP server over stdio.
let arguments = Array(CommandLine.arguments.dropFirst())
switch arguments.first {
case "check":
    exit(CheckCommand.run(Array(arguments.dropFirst())))
case "dump":
    exit(DumpCommand.run(Array(arguments.dropFirst())))
default:
    exit(ServeCommand.run(arguments))
}
