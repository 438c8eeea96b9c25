import JSONRPC
import Report

/// Everything the server keeps about one open document.
struct OpenDocument {
    var document: TextDocument
    /// Distinguishes this opening from an earlier one of the same URI, so that a
    /// late analysis result of a closed document is dropped.
    let generation: Int
    var analysis: AnalysisState
    /// `textDocument/diagnostic` requests waiting for the analysis of the current version.
    var waitingPulls: [RequestID] = []
    /// The last `publishDiagnostics` for it was not empty.
    var pushedFindings = false
}

/// The analysis bookkeeping of one document. At most one analysis runs per
/// document; changes that arrive meanwhile only mark it dirty, so a burst of
/// changes is analysed once, at its latest version.
struct AnalysisState {
    /// Nil while an analysis job holds the session.
    var session: (any AnalysisSession)?
    /// Changes since the text the session last saw; nil when it must read the text in full.
    private(set) var pendingEdits: [ByteEdit]?
    /// More changes than this during one analysis are not kept: the next analysis reads
    /// the text in full instead, so that a stuck or very slow analysis cannot make the
    /// list grow without bound.
    static let maxPendingEdits = 1_000
    var running = false
    var dirty = true
    /// The last analysis, until the text changes (requests read only the analysis of the current version).
    var latest: AnalysisSnapshot?
    /// Lines of the text the last analysis saw (the diagnostic cache reuses diagnostics the edits did not move).
    var analyzedLineCount: Int?
    /// The LSP form of the findings, reused from one analysis to the next.
    let diagnosticCache = DiagnosticCache()

    init(session: any AnalysisSession) {
        self.session = session
    }

    /// Remembers a change for the next analysis.
    mutating func record(_ edit: ByteEdit) {
        guard var edits = pendingEdits else { return }
        pendingEdits = nil // append without copying the list
        guard edits.count < Self.maxPendingEdits else { return }
        edits.append(edit)
        pendingEdits = edits
    }

    /// Hands the recorded changes to an analysis that is about to start.
    mutating func takeEdits() -> [ByteEdit]? {
        defer { pendingEdits = [] }
        return pendingEdits
    }
}
