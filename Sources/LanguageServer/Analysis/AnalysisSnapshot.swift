import Checks
import JSONRPC
import Report

/// The latest completed analysis of a document: the exact text it saw, its
/// findings after the user's settings, and their LSP form. Request handlers
/// read it (never the live text) so that their ranges match what the client
/// was told for that version.
public struct AnalysisSnapshot: Sendable {
    public let uri: String
    public let version: Int
    public let bytes: [UInt8]
    public let lineIndex: LineIndex
    public let encoding: PositionEncoding
    public let result: AnalysisResult
    /// Findings after `disabledRules` and `severityOverrides`, sorted by range.
    public let findings: [Finding]
    /// `findings` as LSP `Diagnostic`s, same order.
    public let diagnostics: [JSONValue]

    public var converter: PositionConverter { PositionConverter(bytes: bytes, lineIndex: lineIndex, encoding: encoding) }

    init(uri: String, version: Int, bytes: [UInt8], lineIndex: LineIndex, encoding: PositionEncoding,
         result: AnalysisResult, settings: ServerSettings, includeRelated: Bool = true, cache: DiagnosticCache? = nil,
         stable: DiagnosticCache.StableText? = nil)
    {
        self.uri = uri
        self.version = version
        self.bytes = bytes
        self.lineIndex = lineIndex
        self.encoding = encoding
        self.result = result
        var findings = settings.disabledRules.isEmpty && settings.severityOverrides.isEmpty
            ? result.findings : result.findings.compactMap(settings.apply(to:))
        let order = { (a: Finding, b: Finding) in (a.range, a.code) < (b.range, b.code) }
        // The analyzer lists each report's findings in order, reports in order: usually sorted already.
        if zip(findings, findings.dropFirst()).contains(where: { order($1, $0) }) { findings.sort(by: order) }
        self.findings = findings
        let converter = PositionConverter(bytes: bytes, lineIndex: lineIndex, encoding: encoding)
        if let cache {
            diagnostics = cache.diagnostics(findings, uri: uri, converter: converter, locale: settings.locale, includeRelated: includeRelated,
                                           stable: stable)
        } else {
            diagnostics = findings.map { DiagnosticFormatter.diagnostic($0, uri: uri, converter: converter, locale: settings.locale,
                                                                    includeRelated: includeRelated) }
        }
    }
}
