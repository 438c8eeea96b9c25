import Dispatch
import Foundation
import JSONRPC
import Report
@testable import LanguageServer

/// Collects what the server sends. `@unchecked Sendable`: `messages` is only
/// touched under `lock`.
final class OutputRecorder: @unchecked Sendable {
    private let lock = NSLock()
    private var messages: [Message] = []
    private var exitCodes: [Int32] = []

    func record(_ message: Message) {
        lock.lock()
        messages.append(message)
        lock.unlock()
    }

    func recordExit(_ code: Int32) {
        lock.lock()
        exitCodes.append(code)
        lock.unlock()
    }

    var all: [Message] {
        lock.lock()
        defer { lock.unlock() }
        return messages
    }

    var exits: [Int32] {
        lock.lock()
        defer { lock.unlock() }
        return exitCodes
    }

    func clear() {
        lock.lock()
        messages.removeAll()
        lock.unlock()
    }
}

/// An in-process server with a recorder on its output.
struct ServerHarness {
    let server: LanguageServer
    let output = OutputRecorder()
    private var nextID = 100

    init(analyzer: any DocumentAnalyzer = MarkerAnalyzer()) {
        let output = output
        server = LanguageServer(analyzer: analyzer, log: .silent, output: { output.record($0) }, onExit: { output.recordExit($0) })
    }

    func receive(_ messages: Message...) {
        server.receive(messages)
    }

    func notify(_ method: String, _ params: JSONValue) {
        server.receive([.notification(method: method, params: params)])
    }

    /// Sends a request and returns its id.
    @discardableResult
    mutating func request(_ method: String, _ params: JSONValue? = nil) -> RequestID {
        nextID += 1
        server.receive([.request(id: .int(nextID), method: method, params: params)])
        return .int(nextID)
    }

    /// The answers to `id` so far.
    func answers(_ id: RequestID) -> [Message] {
        output.all.filter {
            switch $0 {
            case .response(let rid, _): rid == id
            case .errorResponse(let rid, _): rid == id
            default: false
            }
        }
    }

    func result(_ id: RequestID) -> JSONValue? {
        for case .response(_, let result) in answers(id) { return result }
        return nil
    }

    func errorCode(_ id: RequestID) -> Int? {
        for case .errorResponse(_, let error) in answers(id) { return error.code }
        return nil
    }

    /// Initializes with the given client capabilities and options.
    @discardableResult
    mutating func initialize(capabilities: JSONValue = [:], options: JSONValue? = nil, locale: String? = nil) -> JSONValue? {
        var params: [String: JSONValue] = ["processId": nil, "rootUri": nil, "capabilities": capabilities]
        if let options { params["initializationOptions"] = options }
        if let locale { params["locale"] = .string(locale) }
        let id = request("initialize", .object(params))
        notify("initialized", [:])
        return result(id)
    }

    mutating func initialize(encoding: PositionEncoding) {
        initialize(capabilities: ["general": ["positionEncodings": [.string(encoding.rawValue)]]])
    }

    func open(_ uri: String, _ text: String, version: Int = 1) {
        notify("textDocument/didOpen", ["textDocument": ["uri": .string(uri), "languageId": "plaintext", "version": .int(version), "text": .string(text)]])
    }

    func change(_ uri: String, version: Int, _ changes: [JSONValue]) {
        notify("textDocument/didChange", ["textDocument": ["uri": .string(uri), "version": .int(version)], "contentChanges": .array(changes)])
    }

    func waitUntilIdle() { server.waitUntilIdle() }

    /// Every publishDiagnostics sent for `uri`, in order.
    func published(_ uri: String) -> [JSONValue] {
        output.all.compactMap {
            if case .notification("textDocument/publishDiagnostics", let params?) = $0, params["uri"]?.stringValue == uri { return params }
            return nil
        }
    }
}

func lspRange(_ startLine: Int, _ startCharacter: Int, _ endLine: Int, _ endCharacter: Int) -> JSONValue {
    ["start": ["line": .int(startLine), "character": .int(startCharacter)], "end": ["line": .int(endLine), "character": .int(endCharacter)]]
}
