import Checks

/// The parsed command line of `juesuan-ls check`.
struct CheckArguments {
    enum Format: String {
        case text, json, sarif
    }

    var format = Format.text
    var locale = MessageLocale.zh
    var catalogs: [String] = []
    var reportRounding = false
    var paths: [String] = []
    var showHelp = false

    static let usage = """
    usage: juesuan-ls check [--format text|json|sarif] [--locale zh|en] [--catalog FILE]… [--report-rounding] PATH…

    Checks 部门决算公开 drafts: every table total that does not add up and every figure that
    disagrees with another table. PATH is a file, or a directory searched recursively for
    .txt/.md files that look like reports.

      --format text    path:line:col: severity[CODE]: message (default). line and col are 1-based;
                       col counts Unicode characters (scalars), so 合计 is 2 columns.
      --format json    {"files":[{"path":…,"diagnostics":[LSP Diagnostic…]}]}: 0-based line,
                       character in UTF-16 code units, severity 1–4, relatedInformation with file URIs.
      --format sarif   SARIF 2.1.0 with rule metadata.
      --locale zh|en   language of the messages (default zh).
      --catalog FILE   an extra subject-code catalog (code, name[, explanation]; TSV or CSV). Repeatable.
      --report-rounding  also report differences within the rounding tolerance (Information 尾数误差).

    Exit status: 0 no Error, 1 at least one Error, 2 usage or input error (missing file, not UTF-8);
    the other files are still checked.
    """

    /// Parses `arguments`; a message on error.
    static func parse(_ arguments: [String]) -> Result<CheckArguments, UsageError> {
        var result = CheckArguments()
        var i = 0
        func value(_ option: String) -> Result<String, UsageError> {
            i += 1
            guard i < arguments.count else { return .failure(UsageError("\(option) needs a value")) }
            return .success(arguments[i])
        }
        var onlyPaths = false
        while i < arguments.count {
            let argument = arguments[i]
            if onlyPaths || !argument.hasPrefix("-") || argument == "-" {
                result.paths.append(argument)
                i += 1
                continue
            }
            var option = argument
            var inline: String?
            if let eq = argument.firstIndex(of: "="), argument.hasPrefix("--") {
                option = String(argument[..<eq])
                inline = String(argument[argument.index(after: eq)...])
            }
            func optionValue() -> Result<String, UsageError> {
                if let inline { return .success(inline) }
                return value(option)
            }
            switch option {
            case "--":
                onlyPaths = true
            case "-h", "--help":
                result.showHelp = true
            case "--format":
                switch optionValue() {
                case .failure(let e): return .failure(e)
                case .success(let v):
                    guard let f = Format(rawValue: v) else { return .failure(UsageError("unknown format '\(v)' (text, json or sarif)")) }
                    result.format = f
                }
            case "--locale":
                switch optionValue() {
                case .failure(let e): return .failure(e)
                case .success(let v):
                    guard v == "zh" || v == "en" || v.hasPrefix("zh-") || v.hasPrefix("en-") else {
                        return .failure(UsageError("unknown locale '\(v)' (zh or en)"))
                    }
                    result.locale = MessageLocale(tag: v)
                }
            case "--catalog":
                switch optionValue() {
                case .failure(let e): return .failure(e)
                case .success(let v): result.catalogs.append(v)
                }
            case "--report-rounding":
                result.reportRounding = true
            default:
                return .failure(UsageError("unknown option '\(argument)'"))
            }
            i += 1
        }
        if !result.showHelp && result.paths.isEmpty { return .failure(UsageError("no PATH given")) }
        return .success(result)
    }
}

/// A command-line mistake, reported with the usage text and exit status 2.
struct UsageError: Error {
    let message: String
    init(_ message: String) { self.message = message }
}
