import Dispatch
import JSONRPC
import Report

/// The LSP server: lifecycle, dispatch, documents and the diagnostics pipeline.
///
/// Threading: every message is handled on `queue`, in arrival order; analyses
/// run on `analysisQueue` and hand their results back to `queue`. Output goes
/// through `output`, which must be safe to call from any thread.
///
/// `@unchecked Sendable`: all mutable state below is touched only on `queue`
/// (the serial queue acts as the lock); handlers run on it.
public final class LanguageServer: @unchecked Sendable {
    public static let name = "juesuan-ls"
    public static let version = "0.1.0"

    let queue = DispatchQueue(label: "juesuan-ls.server")
    private let analysisQueue = DispatchQueue(label: "juesuan-ls.analysis")
    private let output: @Sendable (Message) -> Void
    private let onExit: @Sendable (Int32) -> Void
    public let log: ServerLog
    public let analyzer: any DocumentAnalyzer
    public let registry: HandlerRegistry

    // State confined to `queue`.
    public internal(set) var lifecycle: Lifecycle = .uninitialized
    public internal(set) var client = ClientCapabilities()
    public internal(set) var encoding: PositionEncoding = .utf16
    public internal(set) var settings = ServerSettings()
    var documents: [String: OpenDocument] = [:]
    private var pending: [RequestID: String] = [:]
    private var nextGeneration = 0
    private var nextOutgoingID = 0
    /// Our requests to the client still waiting for an answer, with what to do with it.
    private var outgoing: [RequestID: (Result<JSONValue, ResponseError>) -> Void] = [:]
    /// Analyses started and not yet finished, over all documents (at most one per document).
    private(set) var runningAnalyses = 0
    /// The client has sent `textDocument/diagnostic` (in `auto` mode this stops pushing).
    private var clientHasPulled = false

    public init(analyzer: any DocumentAnalyzer = NoFindingsAnalyzer(), registry: HandlerRegistry = .standard,
                log: ServerLog = .standardError, output: @escaping @Sendable (Message) -> Void,
                onExit: @escaping @Sendable (Int32) -> Void)
    {
        self.analyzer = analyzer
        self.registry = registry
        self.log = log
        self.output = output
        self.onExit = onExit
    }

    // MARK: Input

    /// Handles one batch of messages (those that arrived in one read), in order,
    /// and returns when they have been handled. Call from the reader thread.
    public func receive(_ batch: [Message]) {
        queue.sync { handle(batch) }
    }

    /// End of input: the process ends cleanly (code 0).
    public func endOfInput() {
        queue.sync {
            log("end of input")
            onExit(0)
        }
    }

    private func handle(_ batch: [Message]) {
        // A request cancelled later in the same batch is still pending: it is
        // answered -32800 without running.
        var cancelledAt: [RequestID: Int] = [:]
        for (index, message) in batch.enumerated() {
            if case .notification("$/cancelRequest", let params) = message, let id = params?["id"].flatMap(RequestID.init) {
                cancelledAt[id] = index
            }
        }
        for (index, message) in batch.enumerated() {
            switch message {
            case .request(let id, let method, let params):
                if let cancel = cancelledAt[id], cancel > index, lifecycle == .running, pending[id] == nil {
                    send(.errorResponse(id: id, error: .requestCancelled))
                } else {
                    handleRequest(id: id, method: method, params: params)
                }
            case .notification(let method, let params):
                handleNotification(method: method, params: params)
            case .response(let id, let result):
                outgoing.removeValue(forKey: id)?(.success(result))
            case .errorResponse(let id, let error):
                if let id { outgoing.removeValue(forKey: id)?(.failure(error)) }
            }
        }
    }

    private func handleRequest(id: RequestID, method: String, params: JSONValue?) {
        if pending[id] != nil {
            send(.errorResponse(id: id, error: .invalidRequest("request id \(id) is already in use")))
            return
        }
        switch lifecycle {
        case .uninitialized where method != "initialize":
            send(.errorResponse(id: id, error: ResponseError(code: ErrorCode.serverNotInitialized, message: "server not initialized")))
            return
        case .shutDown:
            send(.errorResponse(id: id, error: .invalidRequest("server is shut down")))
            return
        default:
            break
        }
        guard let handler = registry.requests[method] else {
            send(.errorResponse(id: id, error: .methodNotFound(method)))
            return
        }
        pending[id] = method
        do {
            switch try handler.handle(id: id, params: Params(params), server: self) {
            case .result(let result): respond(to: id, result)
            case .deferred: break
            }
        } catch {
            respond(to: id, error: error)
        }
    }

    private func handleNotification(method: String, params: JSONValue?) {
        if method == "$/cancelRequest" {
            if let id = params?["id"].flatMap(RequestID.init), pending[id] != nil {
                respond(to: id, error: .requestCancelled)
            }
            return
        }
        if method == "exit" || lifecycle == .running, let handler = registry.notifications[method] {
            do {
                try handler.handle(params: Params(params), server: self)
            } catch {
                log("\(method): \(error.message)")
            }
        }
        // Anything else (unknown, `$/…`, before initialize, after shutdown) is dropped.
    }

    // MARK: Output

    func send(_ message: Message) {
        output(message)
    }

    /// Answers a pending request. A request is answered exactly once: answering
    /// one that is no longer pending (cancelled, already answered) does nothing.
    public func respond(to id: RequestID, _ result: JSONValue) {
        guard pending.removeValue(forKey: id) != nil else { return }
        send(.response(id: id, result: result))
    }

    public func respond(to id: RequestID, error: ResponseError) {
        guard pending.removeValue(forKey: id) != nil else { return }
        send(.errorResponse(id: id, error: error))
    }

    public func notify(_ method: String, _ params: JSONValue) {
        send(.notification(method: method, params: params))
    }

    /// Sends a request to the client; `onAnswer` (if any) runs on the server queue with its answer.
    func request(_ method: String, _ params: JSONValue?, onAnswer: ((Result<JSONValue, ResponseError>) -> Void)? = nil) {
        nextOutgoingID += 1
        let id = RequestID.string("juesuan-ls/\(nextOutgoingID)")
        if let onAnswer { outgoing[id] = onAnswer }
        send(.request(id: id, method: method, params: params))
    }

    func exit(_ code: Int32) {
        onExit(code)
    }

    // MARK: Documents

    /// The latest completed analysis of an open document, if any, until the document changes.
    public func latestAnalysis(uri: String) -> AnalysisSnapshot? {
        documents[uri]?.analysis.latest
    }

    public func document(uri: String) -> TextDocument? {
        documents[uri]?.document
    }

    func open(_ document: TextDocument) {
        if documents[document.uri] != nil { close(uri: document.uri) }
        nextGeneration += 1
        documents[document.uri] = OpenDocument(document: document, generation: nextGeneration,
                                               analysis: AnalysisState(session: analyzer.makeSession(uri: document.uri)))
        scheduleAnalysis(uri: document.uri)
    }

    func change(uri: String, version: Int, changes: [Params]) throws(ResponseError) {
        guard var open = documents[uri] else { throw .invalidParams("textDocument.uri: document is not open: \(uri)") }
        if version <= open.document.version {
            // A client bug; its text is still what it says, so the change is applied (and published with its version).
            log("textDocument/didChange: version \(version) is not newer than \(open.document.version) (\(uri)); applied anyway")
        }
        documents[uri] = nil // edit in place, without a copy of the text
        // Requests are answered from the analysis of the current version only (`currentAnalysis`):
        // the last one is out of date now, and dropping it frees the text it shares with the document.
        open.analysis.latest = nil
        defer {
            open.analysis.dirty = true
            documents[uri] = open
            scheduleAnalysis(uri: uri)
        }
        for change in changes {
            let edit = try open.document.apply(change: change, encoding: encoding)
            open.analysis.record(edit)
        }
        open.document.setVersion(version)
    }

    func close(uri: String) {
        guard let open = documents.removeValue(forKey: uri) else { return }
        for id in open.waitingPulls { respond(to: id, Self.fullReport([])) }
        if pushesDiagnostics {
            notify("textDocument/publishDiagnostics", ["uri": .string(uri), "diagnostics": []])
        }
    }

    // MARK: Settings

    func updateSettings(_ json: JSONValue?) {
        let before = settings
        for warning in settings.merge(json) { log("settings: \(warning)") }
        if settings != before { reanalyseAll() }
    }

    /// Asks the client for the `juesuan-ls` settings section (`workspace/configuration`),
    /// when it supports that, and applies the answer.
    func fetchConfiguration() {
        guard client.supportsConfiguration else { return }
        request("workspace/configuration", ["items": [["section": .string(Self.name)]]]) { [self] answer in
            switch answer {
            case .success(.array(let sections)):
                if let section = sections.first, section != .null { updateSettings(section) }
            case .success(let other):
                log("workspace/configuration: unexpected answer \(other.kindName)")
            case .failure(let error):
                log("workspace/configuration failed: \(error)")
            }
        }
    }

    func reanalyseAll() {
        for uri in documents.keys.sorted() {
            documents[uri]?.analysis.dirty = true
            scheduleAnalysis(uri: uri)
        }
        if pullsDiagnostics, client.supportsDiagnosticRefresh { request("workspace/diagnostic/refresh", nil) }
    }

    // MARK: Diagnostics pipeline

    /// Whether results are pushed with `publishDiagnostics` (see `ServerSettings.DiagnosticMode`).
    var pushesDiagnostics: Bool {
        switch settings.diagnosticMode {
        case .push: true
        case .pull: !client.supportsPullDiagnostics
        case .auto: !clientHasPulled
        }
    }

    var pullsDiagnostics: Bool { Self.pullsDiagnostics(client: client, settings: settings) }

    /// Pull diagnostics are advertised when the client supports them and the user did not ask for push only.
    static func pullsDiagnostics(client: ClientCapabilities, settings: ServerSettings) -> Bool {
        settings.diagnosticMode != .push && client.supportsPullDiagnostics
    }

    static func fullReport(_ items: [JSONValue]) -> JSONValue {
        ["kind": "full", "items": .array(items)]
    }

    /// Queues a pull request until the analysis of the document's current version is done.
    func diagnosticsWhenReady(uri: String, id: RequestID) -> RequestReply {
        if !clientHasPulled {
            let wasPushing = pushesDiagnostics
            clientHasPulled = true
            if wasPushing, !pushesDiagnostics { withdrawPushedDiagnostics() }
        }
        guard let open = documents[uri] else { return .result(Self.fullReport([])) }
        if let latest = open.analysis.latest, latest.version == open.document.version, !open.analysis.dirty, !open.analysis.running {
            return .result(Self.fullReport(latest.diagnostics))
        }
        documents[uri]?.waitingPulls.append(id)
        return .deferred
    }

    /// Clears what was pushed, once the client pulls instead (it keeps the two apart).
    private func withdrawPushedDiagnostics() {
        for uri in documents.keys.sorted() {
            guard let open = documents[uri], open.pushedFindings else { continue }
            documents[uri]?.pushedFindings = false
            notify("textDocument/publishDiagnostics",
                   ["uri": .string(uri), "version": .int(open.document.version), "diagnostics": []])
        }
    }

    private func scheduleAnalysis(uri: String) {
        guard var open = documents[uri], open.analysis.dirty, !open.analysis.running,
              let taken = open.analysis.session.take() else { return }
        // Moved, not copied: once `documents` holds `open`, the handoff has the only reference.
        let session = Handoff(taken)
        let edits = open.analysis.takeEdits()
        open.analysis.running = true
        open.analysis.dirty = false
        let document = open.document
        let generation = open.generation
        documents[uri] = open
        let settings = settings
        let encoding = encoding
        let includeRelated = client.supportsRelatedInformation
        let cache = open.analysis.diagnosticCache
        let previousLineCount = open.analysis.analyzedLineCount
        runningAnalyses += 1
        analysisQueue.async { [self] in
            guard var analysis = session.take() else { preconditionFailure("the analysis session was taken twice") }
            let result = analysis.update(bytes: document.bytes, edits: edits, options: settings.analysisOptions)
            // What changed since the last analysis, whose diagnostics the cache holds.
            let stable = edits.flatMap(ByteEdit.enveloping).map {
                DiagnosticCache.StableText(edit: $0, bytes: document.bytes, sameLineCount: previousLineCount == document.lineIndex.lineCount)
            }
            let snapshot = AnalysisSnapshot(uri: uri, version: document.version, bytes: document.bytes,
                                            lineIndex: document.lineIndex, encoding: encoding, result: result, settings: settings,
                                            includeRelated: includeRelated, cache: cache, stable: stable)
            session.put(analysis)
            queue.async { [self] in
                finishAnalysis(uri: uri, generation: generation, session: session, snapshot: snapshot)
            }
        }
    }

    private func finishAnalysis(uri: String, generation: Int, session: Handoff<any AnalysisSession>, snapshot: AnalysisSnapshot) {
        runningAnalyses -= 1
        guard var open = documents[uri], open.generation == generation else { return } // closed meanwhile
        open.analysis.session = session.take()
        open.analysis.running = false
        open.analysis.latest = snapshot
        open.analysis.analyzedLineCount = snapshot.lineIndex.lineCount
        let current = !open.analysis.dirty
        var waiting: [RequestID] = []
        if current {
            waiting = open.waitingPulls
            open.waitingPulls = []
        }
        documents[uri] = open
        guard current else {
            // Newer text (or settings) arrived while this ran: analyse that instead
            // of publishing a result that is already out of date.
            scheduleAnalysis(uri: uri)
            return
        }
        if pushesDiagnostics {
            documents[uri]?.pushedFindings = !snapshot.diagnostics.isEmpty
            notify("textDocument/publishDiagnostics",
                   ["uri": .string(uri), "version": .int(snapshot.version), "diagnostics": .array(snapshot.diagnostics)])
        }
        for id in waiting { respond(to: id, Self.fullReport(snapshot.diagnostics)) }
    }

    /// Waits until no analysis is running or queued (for tests and orderly exit).
    public func waitUntilIdle() {
        while true {
            analysisQueue.sync {}
            let idle = queue.sync { runningAnalyses == 0 }
            if idle { return }
        }
    }
}

