import Checks
import JSONRPC

/// What the user can set, through `initializationOptions`, the `locale` of the
/// initialize params, or `workspace/didChangeConfiguration` (either flat or under
/// a `"juesuan-ls"` key). Unknown keys are ignored; a value of the wrong type is
/// ignored with a warning, never failing the request.
public struct ServerSettings: Sendable, Hashable {
    /// A severity override: one of LSP's four severities, or `off`.
    public enum SeverityOverride: String, Sendable, Hashable {
        case error, warning, information, hint, off

        public var severity: Severity? {
            switch self {
            case .error: .error
            case .warning: .warning
            case .information: .information
            case .hint: .hint
            case .off: nil
            }
        }
    }

    /// How diagnostics reach the client.
    public enum DiagnosticMode: String, Sendable, Hashable {
        /// Push (`publishDiagnostics`) until the client pulls (`textDocument/diagnostic`),
        /// then pull only, so that clients that do both never show a finding twice.
        case auto
        /// Push only; pull diagnostics are not advertised.
        case push
        /// Pull only, when the client supports it (push otherwise).
        case pull
    }

    public var locale: MessageLocale = .zh
    public var disabledRules: Set<String> = []
    public var severityOverrides: [String: SeverityOverride] = [:]
    public var reportRounding = false
    public var catalogFiles: [String] = []
    public var diagnosticMode: DiagnosticMode = .auto

    public init() {}

    public var analysisOptions: AnalysisOptions {
        AnalysisOptions(locale: locale, disabledRules: disabledRules, reportRounding: reportRounding, catalogFiles: catalogFiles)
    }

    /// Applies the keys present in `json`; returns one warning per value ignored.
    @discardableResult
    public mutating func merge(_ json: JSONValue?) -> [String] {
        guard var members = json?.objectValue else { return [] }
        if let nested = members["juesuan-ls"]?.objectValue { members = nested }
        var warnings: [String] = []
        if let value = members["locale"] {
            if let tag = value.stringValue { locale = MessageLocale(tag: tag) } else { warnings.append("locale: expected a string") }
        }
        if let value = members["disabledRules"] {
            if let codes = value.arrayValue?.compactMap(\.stringValue) { disabledRules = Set(codes) } else {
                warnings.append("disabledRules: expected an array of rule codes")
            }
        }
        if let value = members["severityOverrides"] {
            if let overrides = value.objectValue {
                var parsed: [String: SeverityOverride] = [:]
                for (code, level) in overrides {
                    if let name = level.stringValue, let override = SeverityOverride(rawValue: name == "info" ? "information" : name) {
                        parsed[code] = override
                    } else {
                        warnings.append("severityOverrides.\(code): expected error, warning, information, hint or off")
                    }
                }
                severityOverrides = parsed
            } else {
                warnings.append("severityOverrides: expected an object")
            }
        }
        if let value = members["reportRounding"] {
            if let flag = value.boolValue { reportRounding = flag } else { warnings.append("reportRounding: expected a boolean") }
        }
        if let value = members["catalogFiles"] {
            if let paths = value.arrayValue?.compactMap(\.stringValue) { catalogFiles = paths } else {
                warnings.append("catalogFiles: expected an array of paths")
            }
        }
        if let value = members["diagnosticMode"] {
            if let mode = value.stringValue.flatMap(DiagnosticMode.init) { diagnosticMode = mode } else {
                warnings.append("diagnosticMode: expected auto, push or pull")
            }
        }
        return warnings
    }

    /// The finding as the user wants it shown, or nil when its rule is off.
    public func apply(to finding: Finding) -> Finding? {
        if disabledRules.contains(finding.code) { return nil }
        guard let override = severityOverrides[finding.code] else { return finding }
        guard let severity = override.severity else { return nil }
        var adjusted = finding
        adjusted.severity = severity
        return adjusted
    }
}
