import JSONRPC

/// A view of a request's params that knows where it is, so that a value of the
/// wrong shape is reported as `-32602` naming the field (`textDocument.uri: expected a string`).
public struct Params: Sendable {
    public let value: JSONValue?
    /// Dotted path from the params root (`""` for the root).
    public let path: String

    public init(_ value: JSONValue?, path: String = "") {
        self.value = value
        self.path = path
    }

    private func childPath(_ key: String) -> String { path.isEmpty ? key : "\(path).\(key)" }

    private var fieldName: String { path.isEmpty ? "params" : path }

    public func error(_ expectation: String) -> ResponseError {
        let found = value.map { $0.kindName } ?? "nothing"
        return .invalidParams("\(fieldName): expected \(expectation), found \(found)")
    }

    /// The member `key`, which must be present and not null.
    public func required(_ key: String) throws(ResponseError) -> Params {
        if value == nil || value == .null { throw .invalidParams("\(childPath(key)): required field is missing") }
        guard case .object(let members) = value else { throw error("an object") }
        guard let member = members[key], member != .null else {
            throw .invalidParams("\(childPath(key)): required field is missing")
        }
        return Params(member, path: childPath(key))
    }

    /// The member `key`, or nil when absent or null.
    public func optional(_ key: String) throws(ResponseError) -> Params? {
        guard let value, value != .null else { return nil }
        guard case .object(let members) = value else { throw error("an object") }
        guard let member = members[key], member != .null else { return nil }
        return Params(member, path: childPath(key))
    }

    public func string() throws(ResponseError) -> String {
        guard case .string(let s)? = value else { throw error("a string") }
        return s
    }

    public func int() throws(ResponseError) -> Int {
        guard let i = value?.intValue else { throw error("an integer") }
        return i
    }

    /// A non-negative integer (LSP `uinteger`).
    public func uinteger() throws(ResponseError) -> Int {
        guard let i = value?.intValue, i >= 0 else { throw error("a non-negative integer") }
        return i
    }

    public func bool() throws(ResponseError) -> Bool {
        guard case .bool(let b)? = value else { throw error("a boolean") }
        return b
    }

    public func array() throws(ResponseError) -> [Params] {
        guard case .array(let elements)? = value else { throw error("an array") }
        return elements.enumerated().map { Params($0.element, path: "\(fieldName)[\($0.offset)]") }
    }

    public func object() throws(ResponseError) -> [String: JSONValue] {
        guard case .object(let members)? = value else { throw error("an object") }
        return members
    }
}
