/// Turns a byte stream into JSON-RPC messages: framing (`MessageFramer`), then
/// JSON (`JSONParser`), then message shape (`Message(json:)`). Everything that
/// cannot be accepted becomes an `.invalid` event carrying the error response
/// the peer should get: `-32700` with a null id for framing, JSON and UTF-8
/// problems; `-32600` for JSON that is not a valid message.
public struct MessageReader: Sendable {
    public enum Event: Sendable, Equatable {
        case message(Message)
        case invalid(InvalidMessage)
    }

    private var framer: MessageFramer
    public let maxDepth: Int

    public init(maxContentLength: Int = MessageFramer.defaultMaxContentLength, maxDepth: Int = JSONParser.defaultMaxDepth) {
        framer = MessageFramer(maxContentLength: maxContentLength)
        self.maxDepth = maxDepth
    }

    public var bufferedCount: Int { framer.bufferedCount }

    public mutating func push<Bytes: Sequence>(_ bytes: Bytes) where Bytes.Element == UInt8 {
        framer.push(bytes)
    }

    /// All events that the bytes pushed so far complete.
    public mutating func events() -> [Event] {
        var events: [Event] = []
        while let frame = framer.next() {
            events.append(Self.decode(frame, maxDepth: maxDepth))
        }
        return events
    }

    static func decode(_ frame: MessageFramer.Event, maxDepth: Int) -> Event {
        switch frame {
        case .malformed(let problem):
            return .invalid(InvalidMessage(id: nil, error: .parseError("malformed header: \(problem)")))
        case .tooLarge(let length):
            return .invalid(InvalidMessage(id: nil, error: .parseError("Content-Length \(length) exceeds the limit; message skipped")))
        case .body(let bytes):
            let json: JSONValue
            do {
                json = try JSONParser.parse(bytes, maxDepth: maxDepth)
            } catch {
                return .invalid(InvalidMessage(id: nil, error: .parseError("body is not valid JSON: \(error)")))
            }
            do {
                return .message(try Message(json: json))
            } catch {
                return .invalid(error)
            }
        }
    }
}

/// Frames an outgoing message.
public enum MessageWriter {
    public static func frame(_ message: Message) -> [UInt8] {
        let body = JSONWriter.encode(message.json)
        var out = Array("Content-Length: \(body.count)\r\n\r\n".utf8)
        out.append(contentsOf: body)
        return out
    }
}
