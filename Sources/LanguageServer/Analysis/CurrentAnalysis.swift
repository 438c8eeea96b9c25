import Dispatch
import JSONRPC

extension LanguageServer {
    /// How long a request waits for the analysis of the current version before it gets `null`.
    static let currentAnalysisPatience = DispatchTimeInterval.seconds(5)
    static let currentAnalysisPollInterval = DispatchTimeInterval.milliseconds(2)

    /// The latest analysis of an open document when it is of the document's current version.
    func currentAnalysis(uri: String) -> AnalysisSnapshot? {
        guard let open = documents[uri], let latest = open.analysis.latest, latest.version == open.document.version,
              !open.analysis.dirty, !open.analysis.running else { return nil }
        return latest
    }

    /// Answers a request that reads the analysis (hover, symbols, definition…) from the
    /// analysis of the document's current version, so that every range matches the text the
    /// client has: at once when it is ready, otherwise as soon as it is (the request stays
    /// pending and cancellable meanwhile). A document that is not open, or still not analysed
    /// after `currentAnalysisPatience`, is answered `fallback`.
    func replyWithCurrentAnalysis(uri: String, id: RequestID, fallback: JSONValue = .null,
                                  _ answer: @escaping @Sendable (AnalysisSnapshot) -> JSONValue) -> RequestReply {
        if let snapshot = currentAnalysis(uri: uri) { return .result(answer(snapshot)) }
        guard documents[uri] != nil else { return .result(fallback) }
        let deadline = DispatchTime.now() + Self.currentAnalysisPatience
        waitForCurrentAnalysis(uri: uri, id: id, deadline: deadline, fallback: fallback, answer)
        return .deferred
    }

    private func waitForCurrentAnalysis(uri: String, id: RequestID, deadline: DispatchTime, fallback: JSONValue,
                                        _ answer: @escaping @Sendable (AnalysisSnapshot) -> JSONValue) {
        queue.asyncAfter(deadline: .now() + Self.currentAnalysisPollInterval) { [self] in
            // A cancelled request is already answered: `respond` then does nothing.
            if let snapshot = currentAnalysis(uri: uri) {
                respond(to: id, answer(snapshot))
            } else if documents[uri] == nil || DispatchTime.now() >= deadline {
                respond(to: id, fallback)
            } else {
                waitForCurrentAnalysis(uri: uri, id: id, deadline: deadline, fallback: fallback, answer)
            }
        }
    }
}
