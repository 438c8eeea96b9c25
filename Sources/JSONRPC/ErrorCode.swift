/// JSON-RPC 2.0 error codes, plus the reserved range LSP uses. Raw values are the
/// specification's negative numbers.
public enum ErrorCode {
    public static let parseError = -32700
    public static let invalidRequest = -32600
    public static let methodNotFound = -32601
    public static let invalidParams = -32602
    public static let internalError = -32603
    /// LSP: a request arrived before `initialize`.
    public static let serverNotInitialized = -32002
    public static let unknownErrorCode = -32001
    /// LSP: the request was cancelled by the client (`$/cancelRequest`).
    public static let requestCancelled = -32800
    /// LSP: the document changed in a way that makes the result useless.
    public static let contentModified = -32801
    /// LSP: the server cancelled the request.
    public static let serverCancelled = -32802
    public static let requestFailed = -32803
}

/// The `error` member of a response.
public struct ResponseError: Error, Sendable, Hashable, CustomStringConvertible {
    public var code: Int
    public var message: String
    public var data: JSONValue?

    public init(code: Int, message: String, data: JSONValue? = nil) {
        self.code = code
        self.message = message
        self.data = data
    }

    public static func parseError(_ message: String) -> ResponseError { .init(code: ErrorCode.parseError, message: message) }
    public static func invalidRequest(_ message: String) -> ResponseError { .init(code: ErrorCode.invalidRequest, message: message) }
    public static func methodNotFound(_ method: String) -> ResponseError {
        .init(code: ErrorCode.methodNotFound, message: "method not found: \(method)")
    }
    public static func invalidParams(_ message: String) -> ResponseError { .init(code: ErrorCode.invalidParams, message: message) }
    public static func internalError(_ message: String) -> ResponseError { .init(code: ErrorCode.internalError, message: message) }
    public static let requestCancelled = ResponseError(code: ErrorCode.requestCancelled, message: "request cancelled")

    public var json: JSONValue {
        var members: [String: JSONValue] = ["code": .int(code), "message": .string(message)]
        if let data { members["data"] = data }
        return .object(members)
    }

    public var description: String { "\(code): \(message)" }
}
