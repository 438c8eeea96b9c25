import Report

/// How serious a finding is. Raw values are LSP's `DiagnosticSeverity`.
public enum Severity: Int, Sendable, Hashable, Comparable, Codable, CaseIterable {
    case error = 1
    case warning = 2
    case information = 3
    case hint = 4

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rawValue > rhs.rawValue }

    public var name: String {
        switch self {
        case .error: "error"
        case .warning: "warning"
        case .information: "info"
        case .hint: "hint"
        }
    }
}

/// The language a user reads messages in. Chinese by default.
public enum MessageLocale: String, Sendable, Hashable, Codable, CaseIterable {
    case zh
    case en

    /// Maps an LSP/BCP 47 locale tag (`en`, `en-US`, `zh-CN`) to a message locale; Chinese unless English is asked for.
    public init(tag: String?) {
        if let tag, tag.lowercased().hasPrefix("en") { self = .en } else { self = .zh }
    }
}

/// A user-facing text in Chinese and English.
public struct LocalizedText: Sendable, Hashable, Codable {
    public var zh: String
    public var en: String

    public init(zh: String, en: String) {
        self.zh = zh
        self.en = en
    }

    public func text(_ locale: MessageLocale) -> String { locale == .en ? en : zh }
}

/// Another place in the document that explains a finding (an addend, the other table's cell).
public struct RelatedLocation: Sendable, Hashable {
    public var range: SourceRange
    public var message: LocalizedText

    public init(range: SourceRange, message: LocalizedText) {
        self.range = range
        self.message = message
    }
}

/// A replacement of one range of the document by new text.
public struct TextReplacement: Sendable, Hashable {
    public var range: SourceRange
    public var newText: String

    public init(range: SourceRange, newText: String) {
        self.range = range
        self.newText = newText
    }
}

/// A quick fix: a titled set of replacements that resolves the finding.
public struct Fix: Sendable, Hashable {
    public var title: LocalizedText
    public var replacements: [TextReplacement]

    public init(title: LocalizedText, replacements: [TextReplacement]) {
        self.title = title
        self.replacements = replacements
    }
}

/// One problem found in a report: what the server publishes as a diagnostic and `check` prints.
public struct Finding: Sendable, Hashable {
    /// Stable public rule code, e.g. `T-SUM-COLUMN` (see protocol/rules.md).
    public var code: String
    public var severity: Severity
    /// The offending figure (a cell or a narrative number), never a whole row or document.
    public var range: SourceRange
    public var message: LocalizedText
    public var related: [RelatedLocation]
    public var fixes: [Fix]

    public init(code: String, severity: Severity, range: SourceRange, message: LocalizedText,
                related: [RelatedLocation] = [], fixes: [Fix] = []) {
        self.code = code
        self.severity = severity
        self.range = range
        self.message = message
        self.related = related
        self.fixes = fixes
    }
}

extension Finding {
    /// The same finding `delta` bytes further on.
    public func shifted(by delta: Int) -> Finding {
        delta == 0 ? self : mappingRanges { $0.shifted(by: delta) }
    }
}
