import JSONRPC

/// Every method the server implements, and the capabilities they add up to.
public struct HandlerRegistry: Sendable {
    public let requests: [String: any RequestHandler]
    public let notifications: [String: any NotificationHandler]

    public init(requests: [any RequestHandler], notifications: [any NotificationHandler]) {
        var requestMap: [String: any RequestHandler] = [:]
        for handler in requests {
            precondition(requestMap[handler.method] == nil, "two handlers for \(handler.method)")
            requestMap[handler.method] = handler
        }
        var notificationMap: [String: any NotificationHandler] = [:]
        for handler in notifications {
            precondition(notificationMap[handler.method] == nil, "two handlers for \(handler.method)")
            notificationMap[handler.method] = handler
        }
        self.requests = requestMap
        self.notifications = notificationMap
    }

    public static let standard = HandlerRegistry(
        requests: [
            InitializeHandler(),
            ShutdownHandler(),
            DocumentDiagnosticHandler(),
            CodeActionHandler(),
            HoverHandler(),
            CompletionHandler(),
            DocumentSymbolHandler(),
            FoldingRangeHandler(),
            DefinitionHandler(),
        ],
        notifications: [
            InitializedHandler(),
            ExitHandler(),
            DidOpenHandler(),
            DidChangeHandler(),
            DidCloseHandler(),
            DidSaveHandler(),
            DidChangeConfigurationHandler(),
        ]
    )

    /// The `capabilities` of the initialize result (without `positionEncoding`):
    /// the deep merge of every handler's fragment.
    public func capabilities(for client: ClientCapabilities, settings: ServerSettings) -> [String: JSONValue] {
        var merged: [String: JSONValue] = [:]
        let fragments = requests.values.sorted { $0.method < $1.method }.compactMap { $0.capabilities(for: client, settings: settings) }
            + notifications.values.sorted { $0.method < $1.method }.compactMap { $0.capabilities(for: client, settings: settings) }
        for fragment in fragments { Self.merge(fragment, into: &merged) }
        return merged
    }

    static func merge(_ fragment: [String: JSONValue], into target: inout [String: JSONValue]) {
        for (key, value) in fragment {
            if case .object(let inner)? = target[key], case .object(let add) = value {
                var combined = inner
                merge(add, into: &combined)
                target[key] = .object(combined)
            } else {
                target[key] = value
            }
        }
    }
}
