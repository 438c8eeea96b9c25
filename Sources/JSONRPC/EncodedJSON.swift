/// A JSON value together with its encoding, for a value that is sent again and again
/// unchanged (a diagnostic that an edit elsewhere did not touch): `JSONWriter` copies the
/// bytes instead of encoding the value anew. Reading and comparing see only the value.
public final class EncodedJSON: Sendable, Hashable {
    public let value: JSONValue
    public let bytes: [UInt8]

    public init(_ value: JSONValue) {
        let value = value.unwrapped
        self.value = value
        bytes = JSONWriter.encode(value)
    }

    public static func == (lhs: EncodedJSON, rhs: EncodedJSON) -> Bool {
        lhs === rhs || lhs.value == rhs.value
    }

    public func hash(into hasher: inout Hasher) {
        value.hash(into: &hasher)
    }
}

extension JSONValue {
    /// `value` with its encoding kept (see `EncodedJSON`).
    public static func encoding(_ value: JSONValue) -> JSONValue {
        .encoded(EncodedJSON(value))
    }

    /// The value itself, when it carries its encoding.
    public var unwrapped: JSONValue {
        if case .encoded(let e) = self { return e.value }
        return self
    }
}
