import Foundation
import Catalog
import Checks
import Report

/// `juesuan-ls check [--format text|json|sarif] [--locale zh|en] [--catalog FILE]… [--report-rounding] PATH…` (issue 4).
enum CheckCommand {
    static func run(_ arguments: [String]) -> Int32 {
        let parsed: CheckArguments
        switch CheckArguments.parse(arguments) {
        case .failure(let error):
            FileHandleOutput.standardError("juesuan-ls check: \(error.message)\n\n\(CheckArguments.usage)\n")
            return 2
        case .success(let a): parsed = a
        }
        if parsed.showHelp {
            FileHandleOutput.standardOutput(CheckArguments.usage + "\n")
            return 0
        }
        var inputError = false
        var userCatalogs: [UserCatalog] = []
        for path in parsed.catalogs {
            let catalog = UserCatalog.load(path: path)
            if catalog.entries.isEmpty, let problem = catalog.problems.first {
                FileHandleOutput.standardError("juesuan-ls check: \(problem.formatted(english: parsed.locale == .en))\n")
                inputError = true
            } else {
                for problem in catalog.problems {
                    FileHandleOutput.standardError("juesuan-ls check: \(problem.formatted(english: parsed.locale == .en))\n")
                }
            }
            userCatalogs.append(catalog)
        }
        let checker = ReportChecks(options: CheckOptions(reportRounding: parsed.reportRounding),
                                   catalog: Catalog.builtIn.layered(with: userCatalogs))
        let inputs = CheckInputs.expand(parsed.paths)
        let files = checkInParallel(inputs, checker: checker)
        for file in files {
            if let problem = file.problem {
                FileHandleOutput.standardError("juesuan-ls check: \(file.path): \(problem)\n")
                inputError = true
            }
        }
        switch parsed.format {
        case .text: FileHandleOutput.standardOutput(text(files, locale: parsed.locale))
        case .json: FileHandleOutput.standardOutput(json(["files": files.filter { $0.problem == nil }.map { file -> [String: Any] in
                ["path": file.path, "diagnostics": file.findings.map { LSPDiagnosticJSON.diagnostic($0, in: file, locale: parsed.locale) }]
            }]))
        case .sarif: FileHandleOutput.standardOutput(json(SARIFLog.log(files: files, locale: parsed.locale)))
        }
        if inputError { return 2 }
        return files.contains { $0.findings.contains { $0.severity == .error } } ? 1 : 0
    }

    /// Checks every input on all cores; results in input order. Directory entries that do not look like
    /// reports are dropped.
    static func checkInParallel(_ inputs: [CheckInputs.Input], checker: ReportChecks) -> [CheckedFile] {
        let slots = Slots<CheckedFile?>(count: inputs.count, initial: nil)
        DispatchQueue.concurrentPerform(iterations: inputs.count) { i in
            switch inputs[i] {
            case .problem(let path, let message):
                slots[i] = CheckedFile(path: path, bytes: [], lineIndex: LineIndex(""), findings: [], problem: message, isReport: false)
            case .file(let path, let explicit):
                let file = CheckedFile.check(path: path, checker: checker)
                slots[i] = explicit || file.isReport || file.problem != nil ? file : nil
            }
        }
        return slots.values.compactMap { $0 }
    }

    /// `path:line:col: severity[CODE]: message`, 1-based, columns in Unicode scalars; related places as notes.
    static func text(_ files: [CheckedFile], locale: MessageLocale) -> String {
        var out = ""
        var errors = 0, warnings = 0, others = 0
        for file in files where file.problem == nil {
            for finding in file.findings {
                let p = file.position(finding.range.start, .utf32)
                out += "\(file.path):\(p.line + 1):\(p.character + 1): \(finding.severity.name)[\(finding.code)]: \(finding.message.text(locale))\n"
                for related in finding.related {
                    let r = file.position(related.range.start, .utf32)
                    out += "  \(file.path):\(r.line + 1):\(r.character + 1): note: \(related.message.text(locale))\n"
                }
                switch finding.severity {
                case .error: errors += 1
                case .warning: warnings += 1
                default: others += 1
                }
            }
        }
        let checked = files.filter { $0.problem == nil }.count
        FileHandleOutput.standardError(locale == .en
            ? "\(checked) file(s) checked: \(errors) error(s), \(warnings) warning(s), \(others) other\n"
            : "已检查 \(checked) 个文件：\(errors) 个错误，\(warnings) 个警告，\(others) 个提示\n")
        return out
    }

    static func json(_ object: Any) -> String {
        guard let data = try? JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]),
              let text = String(data: data, encoding: .utf8) else { return "{}\n" }
        return text + "\n"
    }
}

/// Fixed-size result slots written from `concurrentPerform` (one writer per index).
final class Slots<Value>: @unchecked Sendable {
    private var storage: [Value]
    private let lock = NSLock()

    init(count: Int, initial: Value) { storage = Array(repeating: initial, count: count) }

    subscript(index: Int) -> Value {
        get { lock.lock(); defer { lock.unlock() }; return storage[index] }
        set { lock.lock(); storage[index] = newValue; lock.unlock() }
    }

    var values: [Value] { lock.lock(); defer { lock.unlock() }; return storage }
}
