import JSONRPC
import Report

/// The parts of the client's `capabilities` the server looks at.
public struct ClientCapabilities: Sendable {
    public var raw: JSONValue

    public init(_ raw: JSONValue = .object([:])) {
        self.raw = raw
    }

    /// `general.positionEncodings`, in the client's order (empty when not offered).
    public var positionEncodings: [PositionEncoding] {
        raw["general"]?["positionEncodings"]?.arrayValue?.compactMap { $0.stringValue.flatMap(PositionEncoding.init) } ?? []
    }

    /// The encoding to use: UTF-8 when offered (no conversion inside), then
    /// UTF-32, then UTF-16, which is also the default when nothing is offered.
    public var negotiatedEncoding: PositionEncoding {
        let offered = positionEncodings
        for preferred in [PositionEncoding.utf8, .utf32, .utf16] where offered.contains(preferred) { return preferred }
        return .utf16
    }

    /// The client can pull diagnostics (`textDocument/diagnostic`).
    public var supportsPullDiagnostics: Bool { raw["textDocument"]?["diagnostic"]?.objectValue != nil }

    /// The client accepts `workspace/diagnostic/refresh`.
    public var supportsDiagnosticRefresh: Bool {
        raw["workspace"]?["diagnostics"]?["refreshSupport"]?.boolValue == true
    }

    /// The client answers `workspace/configuration`.
    public var supportsConfiguration: Bool { raw["workspace"]?["configuration"]?.boolValue == true }

    /// The client understands `relatedInformation` (assumed unless it says otherwise).
    public var supportsRelatedInformation: Bool {
        raw["textDocument"]?["publishDiagnostics"]?["relatedInformation"]?.boolValue ?? true
    }
}
