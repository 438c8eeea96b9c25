/// Where the server is in the LSP lifecycle.
public enum Lifecycle: Sendable, Equatable {
    /// Before `initialize`: requests get `-32002`, notifications are dropped (except `exit`).
    case uninitialized
    /// After `initialize` was answered.
    case running
    /// After `shutdown`: requests get `-32600`; only `exit` is acted on.
    case shutDown
}
