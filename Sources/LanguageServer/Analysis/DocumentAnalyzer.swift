import Checks
import Report

/// What the server asks of the analysis, without knowing any rule: one session
/// per open document, fed every change so that it can re-parse incrementally.
public protocol DocumentAnalyzer: Sendable {
    func makeSession(uri: String) -> any AnalysisSession
}

/// Per-document analysis state (a parsed report, caches). The server calls
/// `update` off its reader thread, one call at a time per document, always on
/// newer text than the previous call.
public protocol AnalysisSession: Sendable {
    /// Analyses `bytes`. `edits` are the changes since the previous call, in order
    /// (each relative to the text the previous one produced); nil means the text
    /// is new to the session (first call, or a reload) and must be read in full.
    /// An empty list means the text is unchanged (only `options` may differ).
    mutating func update(bytes: [UInt8], edits: [ByteEdit]?, options: AnalysisOptions) -> AnalysisResult
}

/// Settings the analysis needs (from `initializationOptions` and `workspace/didChangeConfiguration`).
public struct AnalysisOptions: Sendable, Hashable {
    public var locale: MessageLocale
    /// Rule codes the user turned off; the server also filters them out of the result.
    public var disabledRules: Set<String>
    /// Report amounts that only differ by rounding (the silent R- cases) as hints.
    public var reportRounding: Bool
    /// Extra subject-code catalog files given by the user.
    public var catalogFiles: [String]

    public init(locale: MessageLocale = .zh, disabledRules: Set<String> = [], reportRounding: Bool = false,
                catalogFiles: [String] = [])
    {
        self.locale = locale
        self.disabledRules = disabledRules
        self.reportRounding = reportRounding
        self.catalogFiles = catalogFiles
    }
}

/// What one analysis produced. `model` carries whatever later request handlers
/// (hover, symbols, folding…) need from the parse, e.g. the report model; they
/// read it from `AnalysisSnapshot.result` and cast it to the type they expect.
public struct AnalysisResult: Sendable {
    public var findings: [Finding]
    public var model: (any Sendable)?

    public init(findings: [Finding], model: (any Sendable)? = nil) {
        self.findings = findings
        self.model = model
    }
}

/// The analyzer used until the report parser and the rules arrive: no findings.
public struct NoFindingsAnalyzer: DocumentAnalyzer {
    public init() {}

    public func makeSession(uri: String) -> any AnalysisSession { Session() }

    struct Session: AnalysisSession {
        mutating func update(bytes: [UInt8], edits: [ByteEdit]?, options: AnalysisOptions) -> AnalysisResult {
            AnalysisResult(findings: [])
        }
    }
}
