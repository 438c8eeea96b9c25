import Checks
import Report

/// Builds a SARIF 2.1.0 log (JSON-ready dictionaries) with the rule metadata of the registry.
/// Regions are 1-based; columns in UTF-16 code units (SARIF's default `columnKind`).
enum SARIFLog {
    static func log(files: [CheckedFile], locale: MessageLocale) -> [String: Any] {
        let rules = ReportChecks.ruleDescriptions
        var ruleIndex: [String: Int] = [:]
        for (i, rule) in rules.enumerated() { ruleIndex[rule.code] = i }
        var results: [[String: Any]] = []
        var notifications: [[String: Any]] = []
        for file in files {
            if let problem = file.problem {
                notifications.append(["level": "error", "message": ["text": "\(file.path): \(problem)"],
                                      "locations": [["physicalLocation": ["artifactLocation": ["uri": file.uri]]]]])
                continue
            }
            for finding in file.findings {
                var result: [String: Any] = [
                    "ruleId": finding.code,
                    "level": level(finding.severity),
                    "message": ["text": finding.message.text(locale)],
                    "locations": [location(finding.range, in: file)],
                ]
                if let index = ruleIndex[finding.code] { result["ruleIndex"] = index }
                if !finding.related.isEmpty {
                    result["relatedLocations"] = finding.related.enumerated().map { i, related -> [String: Any] in
                        var l = location(related.range, in: file)
                        l["id"] = i
                        l["message"] = ["text": related.message.text(locale)]
                        return l
                    }
                }
                if !finding.fixes.isEmpty {
                    result["fixes"] = finding.fixes.map { fix -> [String: Any] in
                        ["description": ["text": fix.title.text(locale)],
                         "artifactChanges": [["artifactLocation": ["uri": file.uri],
                                              "replacements": fix.replacements.map { r -> [String: Any] in
                                                  ["deletedRegion": region(r.range, in: file), "insertedContent": ["text": r.newText]]
                                              }]]]
                    }
                }
                results.append(result)
            }
        }
        let driver: [String: Any] = [
            "name": "juesuan-ls",
            "rules": rules.map { rule -> [String: Any] in
                ["id": rule.code,
                 "shortDescription": ["text": rule.title.text(locale)],
                 "fullDescription": ["text": rule.formula],
                 "help": ["text": "\(rule.formula)\nTolerance: \(rule.tolerance)" + (rule.example.isEmpty ? "" : "\nExample: \(rule.example)")],
                 "defaultConfiguration": ["level": level(rule.severity)]]
            },
        ]
        var run: [String: Any] = ["tool": ["driver": driver], "results": results, "columnKind": "utf16CodeUnits"]
        run["invocations"] = [["executionSuccessful": notifications.isEmpty, "toolExecutionNotifications": notifications]]
        return ["$schema": "https://json.schemastore.org/sarif-2.1.0.json", "version": "2.1.0", "runs": [run]]
    }

    static func level(_ severity: Severity) -> String {
        switch severity {
        case .error: return "error"
        case .warning: return "warning"
        case .information, .hint: return "note"
        }
    }

    static func location(_ range: SourceRange, in file: CheckedFile) -> [String: Any] {
        ["physicalLocation": ["artifactLocation": ["uri": file.uri], "region": region(range, in: file)]]
    }

    static func region(_ range: SourceRange, in file: CheckedFile) -> [String: Any] {
        let start = file.position(range.start, .utf16), end = file.position(range.end, .utf16)
        return ["startLine": start.line + 1, "startColumn": start.character + 1,
                "endLine": end.line + 1, "endColumn": end.character + 1]
    }
}
