/// A JSON value. Objects keep their members in a dictionary; `JSONWriter` writes
/// them with keys sorted so that output is deterministic.
///
/// `.encoded` is a value that carries its own encoding (see `EncodedJSON`); the accessors,
/// `==` and hashing look through it, so it reads and compares like the value it holds.
public enum JSONValue: Sendable, Hashable {
    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])
    case encoded(EncodedJSON)

    public subscript(key: String) -> JSONValue? {
        if case .object(let members) = unwrapped { return members[key] }
        return nil
    }

    public var stringValue: String? {
        if case .string(let s) = unwrapped { return s }
        return nil
    }

    public var intValue: Int? {
        switch unwrapped {
        case .int(let i): return i
        case .double(let d) where d.rounded() == d && abs(d) < 9.0e15: return Int(d)
        default: return nil
        }
    }

    public var boolValue: Bool? {
        if case .bool(let b) = unwrapped { return b }
        return nil
    }

    public var arrayValue: [JSONValue]? {
        if case .array(let a) = unwrapped { return a }
        return nil
    }

    public var objectValue: [String: JSONValue]? {
        if case .object(let o) = unwrapped { return o }
        return nil
    }

    public var isNull: Bool { self == .null }

    /// A short name of the value's kind, for error messages ("string", "object"…).
    public var kindName: String {
        switch self {
        case .null: "null"
        case .bool: "boolean"
        case .int, .double: "number"
        case .string: "string"
        case .array: "array"
        case .object: "object"
        case .encoded(let e): e.value.kindName
        }
    }

    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        switch (lhs, rhs) {
        case (.encoded(let a), .encoded(let b)): a == b
        case (.encoded(let a), _): a.value == rhs
        case (_, .encoded(let b)): lhs == b.value
        case (.null, .null): true
        case (.bool(let a), .bool(let b)): a == b
        case (.int(let a), .int(let b)): a == b
        case (.double(let a), .double(let b)): a == b
        case (.string(let a), .string(let b)): a == b
        case (.array(let a), .array(let b)): a == b
        case (.object(let a), .object(let b)): a == b
        default: false
        }
    }

    public func hash(into hasher: inout Hasher) {
        switch self {
        case .null: hasher.combine(0)
        case .bool(let b): hasher.combine(1); hasher.combine(b)
        case .int(let i): hasher.combine(2); hasher.combine(i)
        case .double(let d): hasher.combine(3); hasher.combine(d)
        case .string(let s): hasher.combine(4); hasher.combine(s)
        case .array(let a): hasher.combine(5); hasher.combine(a)
        case .object(let o): hasher.combine(6); hasher.combine(o)
        case .encoded(let e): e.value.hash(into: &hasher)
        }
    }
}

extension JSONValue: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, ExpressibleByBooleanLiteral,
    ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral, ExpressibleByNilLiteral, ExpressibleByFloatLiteral
{
    public init(stringLiteral value: String) { self = .string(value) }
    public init(integerLiteral value: Int) { self = .int(value) }
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    public init(floatLiteral value: Double) { self = .double(value) }
    public init(arrayLiteral elements: JSONValue...) { self = .array(elements) }
    public init(nilLiteral: ()) { self = .null }
    public init(dictionaryLiteral elements: (String, JSONValue)...) {
        var members: [String: JSONValue] = [:]
        for (key, value) in elements { members[key] = value }
        self = .object(members)
    }
}

extension JSONValue: CustomStringConvertible {
    public var description: String { String(decoding: JSONWriter.encode(self), as: UTF8.self) }
}
