/// A request id: JSON-RPC allows a number or a string.
public enum RequestID: Sendable, Hashable, CustomStringConvertible {
    case int(Int)
    case string(String)

    public init?(_ json: JSONValue) {
        switch json {
        case .int(let i): self = .int(i)
        case .string(let s): self = .string(s)
        default:
            if let i = json.intValue { self = .int(i) } else { return nil }
        }
    }

    public var json: JSONValue {
        switch self {
        case .int(let i): .int(i)
        case .string(let s): .string(s)
        }
    }

    public var description: String {
        switch self {
        case .int(let i): String(i)
        case .string(let s): "\"\(s)\""
        }
    }
}

/// One JSON-RPC 2.0 message.
public enum Message: Sendable, Hashable {
    case request(id: RequestID, method: String, params: JSONValue?)
    case notification(method: String, params: JSONValue?)
    case response(id: RequestID, result: JSONValue)
    /// An error response; `id` is nil when the request's id could not be read.
    case errorResponse(id: RequestID?, error: ResponseError)

    public var json: JSONValue {
        var members: [String: JSONValue] = ["jsonrpc": "2.0"]
        switch self {
        case .request(let id, let method, let params):
            members["id"] = id.json
            members["method"] = .string(method)
            if let params { members["params"] = params }
        case .notification(let method, let params):
            members["method"] = .string(method)
            if let params { members["params"] = params }
        case .response(let id, let result):
            members["id"] = id.json
            members["result"] = result
        case .errorResponse(let id, let error):
            members["id"] = id?.json ?? .null
            members["error"] = error.json
        }
        return .object(members)
    }

    /// Interprets a parsed JSON value as a message. Throws `-32600` (with the
    /// request id when one could be read) when it is not a valid JSON-RPC 2.0 message.
    public init(json: JSONValue) throws(InvalidMessage) {
        guard case .object(let members) = json else {
            throw InvalidMessage(id: nil, error: .invalidRequest("a message must be a JSON object, not \(json.kindName)"))
        }
        let rawID = members["id"]
        let id = rawID.flatMap(RequestID.init)
        guard members["jsonrpc"] == "2.0" else {
            throw InvalidMessage(id: id, error: .invalidRequest("\"jsonrpc\" must be \"2.0\""))
        }
        if let method = members["method"] {
            guard case .string(let name) = method else {
                throw InvalidMessage(id: id, error: .invalidRequest("\"method\" must be a string"))
            }
            // `"params": null` counts as absent: Eglot (jsonrpc.el) sends it with shutdown and exit.
            let params = members["params"] == .null ? nil : members["params"]
            if let params {
                switch params {
                case .object, .array: break
                default: throw InvalidMessage(id: id, error: .invalidRequest("\"params\" must be an object or an array"))
                }
            }
            if rawID != nil {
                guard let id else {
                    throw InvalidMessage(id: nil, error: .invalidRequest("\"id\" must be an integer or a string"))
                }
                self = .request(id: id, method: name, params: params)
            } else {
                self = .notification(method: name, params: params)
            }
            return
        }
        if let error = members["error"] {
            guard let code = error["code"]?.intValue, let message = error["message"]?.stringValue else {
                throw InvalidMessage(id: id, error: .invalidRequest("\"error\" needs an integer code and a string message"))
            }
            self = .errorResponse(id: id, error: ResponseError(code: code, message: message, data: error["data"]))
            return
        }
        if let result = members["result"] {
            guard let id else { throw InvalidMessage(id: nil, error: .invalidRequest("a response needs an \"id\"")) }
            self = .response(id: id, result: result)
            return
        }
        throw InvalidMessage(id: id, error: .invalidRequest("a message needs a \"method\", a \"result\" or an \"error\""))
    }
}

/// A message that could not be accepted, with the error to answer it with.
public struct InvalidMessage: Error, Sendable, Hashable {
    public var id: RequestID?
    public var error: ResponseError

    public init(id: RequestID?, error: ResponseError) {
        self.id = id
        self.error = error
    }
}
