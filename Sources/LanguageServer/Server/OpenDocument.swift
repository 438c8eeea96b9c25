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
    var pendingEdits: [ByteEdit]?
    var running = false
    var dirty = true
    var latest: AnalysisSnapshot?

    init(session: any AnalysisSession) {
        self.session = session
    }
}
