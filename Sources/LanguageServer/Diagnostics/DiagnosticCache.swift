import Checks
import JSONRPC
import Report

/// The LSP form of a document's findings, kept from one analysis to the next: a finding
/// whose code, severity, messages and LSP ranges did not change reuses its `Diagnostic`,
/// already encoded (`JSONValue.encoded`), so that publishing after a keystroke encodes only
/// the diagnostics the keystroke changed. Byte offsets are not part of the key: typing in
/// one place moves every later finding's offsets but not its line/character position.
///
/// `@unchecked Sendable`: the analyses of one document never overlap (the server runs at
/// most one at a time per document), and only they touch `entries`.
final class DiagnosticCache: @unchecked Sendable {
    struct Key: Hashable {
        var code: String
        var severity: Severity
        var message: String
        var range: LSPRange
        var related: [RelatedKey]

        // Strings by their UTF-8 bytes: Swift's own String hashing normalises (NFC) first,
        // which made hashing the Chinese messages the largest cost of a lookup.
        static func == (a: Key, b: Key) -> Bool {
            a.range == b.range && a.severity == b.severity && a.related == b.related
                && sameBytes(a.code, b.code) && sameBytes(a.message, b.message)
        }

        func hash(into hasher: inout Hasher) {
            hasher.combine(range)
            hasher.combine(severity)
            hasher.combine(related)
            hashBytes(code, &hasher)
            hashBytes(message, &hasher)
        }
    }

    struct RelatedKey: Hashable {
        var range: LSPRange
        var message: String

        static func == (a: RelatedKey, b: RelatedKey) -> Bool {
            a.range == b.range && sameBytes(a.message, b.message)
        }

        func hash(into hasher: inout Hasher) {
            hasher.combine(range)
            hashBytes(message, &hasher)
        }
    }

    /// A range as the client sees it (line/character in the negotiated encoding).
    struct LSPRange: Hashable {
        var startLine, startCharacter, endLine, endCharacter: Int
    }

    private var entries: [Key: JSONValue] = [:]
    private var settings: (locale: MessageLocale, includeRelated: Bool, uri: String)?

    /// How many diagnostics the last call could reuse (for tests).
    private(set) var lastReused = 0

    /// `findings` as LSP diagnostics, same order. Entries not used by this call are dropped.
    func diagnostics(_ findings: [Finding], uri: String, converter: PositionConverter, locale: MessageLocale,
                     includeRelated: Bool) -> [JSONValue] {
        if let settings, settings.locale != locale || settings.includeRelated != includeRelated || settings.uri != uri {
            entries = [:]
        }
        settings = (locale, includeRelated, uri)
        var kept: [Key: JSONValue] = [:]
        kept.reserveCapacity(findings.count)
        var reused = 0
        let result = findings.map { finding -> JSONValue in
            let key = Key(code: finding.code, severity: finding.severity, message: finding.message.text(locale),
                          range: Self.lsp(finding.range, converter),
                          related: includeRelated ? finding.related.map { RelatedKey(range: Self.lsp($0.range, converter), message: $0.message.text(locale)) } : [])
            if let cached = entries[key] ?? kept[key] {
                reused += 1
                kept[key] = cached
                return cached
            }
            let fresh = JSONValue.encoding(DiagnosticFormatter.diagnostic(finding, uri: uri, converter: converter, locale: locale,
                                                                          includeRelated: includeRelated))
            kept[key] = fresh
            return fresh
        }
        entries = kept
        lastReused = reused
        return result
    }

    private static func lsp(_ range: SourceRange, _ converter: PositionConverter) -> LSPRange {
        let start = converter.position(of: range.start), end = converter.position(of: range.end)
        return LSPRange(startLine: start.line, startCharacter: start.character, endLine: end.line, endCharacter: end.character)
    }
}

private func sameBytes(_ a: String, _ b: String) -> Bool {
    guard a.utf8.count == b.utf8.count else { return false }
    var a = a, b = b
    return a.withUTF8 { x in b.withUTF8 { y in x.elementsEqual(y) } }
}

private func hashBytes(_ s: String, _ hasher: inout Hasher) {
    var s = s
    s.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    hasher.combine(s.utf8.count)
}
