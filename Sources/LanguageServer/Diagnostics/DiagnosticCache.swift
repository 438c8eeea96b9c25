#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import Checks
import JSONRPC
import Report

/// The LSP form of a document's findings, kept from one analysis to the next: a finding
/// whose code, severity, messages and LSP ranges did not change reuses its `Diagnostic`,
/// already encoded (`JSONValue.encoded`), so that publishing after a keystroke encodes only
/// the diagnostics the keystroke changed. Byte offsets are not part of the key: typing in
/// one place moves every later finding's offsets but not its line/character position.
///
/// Most findings are not even converted to lines and characters again: when the caller says
/// which span of the text changed since the last call (`StableText`), a finding whose ranges
/// all lie before that span, or on lines after it while the number of lines stayed the same,
/// is found among the previous call's findings by its byte ranges in the old text. Both lists
/// are sorted by range, so one ordered walk finds them: no position conversion, no hashing, no
/// allocation per finding (a keystroke in a volume leaves hundreds of diagnostics as they were).
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

    /// The text that changed since the previous call, for the fast path.
    struct StableText {
        /// The changed span in the current text (`range.start ..< range.start + replacementLength`) and
        /// in the previous one (`range`).
        var edit: ByteEdit
        /// Offset of the end of the line on which the changed span ends (current text).
        var editLineEnd: Int
        /// The text has as many lines as before.
        var sameLineCount: Bool

        init(edit: ByteEdit, bytes: [UInt8], sameLineCount: Bool) {
            self.edit = edit
            var end = min(edit.range.start + edit.replacementLength, bytes.count)
            while end < bytes.count, bytes[end] != 0x0A, bytes[end] != 0x0D { end += 1 }
            editLineEnd = end
            self.sameLineCount = sameLineCount
        }

        /// `range` (current text) in the previous text, when its line and character positions cannot
        /// have changed; nil when they may have.
        func previous(_ range: SourceRange) -> SourceRange? {
            if range.end < edit.range.start { return range }
            if sameLineCount, range.start > editLineEnd { return range.shifted(by: -edit.delta) }
            return nil
        }
    }

    private var entries: [Key: JSONValue] = [:]
    /// The previous call's findings (sorted by range, in that call's text) and their diagnostics.
    private var previousFindings: [Finding] = []
    private var previousDiagnostics: [JSONValue] = []
    private var settings: (locale: MessageLocale, includeRelated: Bool, uri: String)?

    /// How many diagnostics the last call could reuse, and how many of them by their bytes (for tests).
    private(set) var lastReused = 0
    private(set) var lastReusedByBytes = 0

    /// `findings` (sorted by range) as LSP diagnostics, same order. Entries not used by this call are dropped.
    /// `stable`: what changed since the previous call (nil: anything may have).
    func diagnostics(_ findings: [Finding], uri: String, converter: PositionConverter, locale: MessageLocale,
                     includeRelated: Bool, stable: StableText? = nil) -> [JSONValue] {
        var stable = stable
        if let settings, settings.locale != locale || settings.includeRelated != includeRelated || settings.uri != uri {
            entries = [:]
            previousFindings = []
            previousDiagnostics = []
            stable = nil
        }
        settings = (locale, includeRelated, uri)
        var kept: [Key: JSONValue] = [:]
        var reused = 0, reusedByBytes = 0
        var walk = 0 // into `previousFindings`
        let result = findings.map { finding -> JSONValue in
            if let stable, let json = previousDiagnostic(of: finding, stable, locale: locale, includeRelated: includeRelated, from: &walk) {
                reused += 1
                reusedByBytes += 1
                return json
            }
            let message = finding.message.text(locale)
            let related = includeRelated ? finding.related : []
            let key = Key(code: finding.code, severity: finding.severity, message: message,
                          range: Self.lsp(finding.range, converter),
                          related: related.map { RelatedKey(range: Self.lsp($0.range, converter), message: $0.message.text(locale)) })
            let json: JSONValue
            if let cached = entries[key] ?? kept[key] {
                reused += 1
                json = cached
            } else {
                json = JSONValue.encoding(DiagnosticFormatter.diagnostic(finding, uri: uri, converter: converter, locale: locale,
                                                                         includeRelated: includeRelated))
            }
            kept[key] = json
            return json
        }
        // Findings found by their bytes keep no LSP-keyed entry: a later call without `stable`
        // converts them again (and misses the LSP-keyed entries only once).
        entries = kept
        previousFindings = findings
        previousDiagnostics = result
        lastReused = reused
        lastReusedByBytes = reusedByBytes
        return result
    }

    /// The previous call's diagnostic of `finding` when its ranges, moved back to the previous text, are
    /// those of a previous finding with the same code, severity and messages (whose line and character
    /// positions therefore did not change either). `walk` advances through the previous findings in
    /// order, as the calls' findings go by range.
    private func previousDiagnostic(of finding: Finding, _ stable: StableText, locale: MessageLocale, includeRelated: Bool,
                                    from walk: inout Int) -> JSONValue? {
        guard let range = stable.previous(finding.range) else { return nil }
        while walk < previousFindings.count, previousFindings[walk].range < range { walk += 1 }
        var k = walk
        while k < previousFindings.count, previousFindings[k].range == range {
            let old = previousFindings[k]
            if sameBytes(old.code, finding.code), old.severity == finding.severity,
               sameBytes(old.message.text(locale), finding.message.text(locale)),
               !includeRelated || (old.related.count == finding.related.count && zip(old.related, finding.related).allSatisfy { o, n in
                   stable.previous(n.range) == o.range && sameBytes(o.message.text(locale), n.message.text(locale))
               }) {
                return previousDiagnostics[k]
            }
            k += 1
        }
        return nil
    }

    private static func lsp(_ range: SourceRange, _ converter: PositionConverter) -> LSPRange {
        let start = converter.position(of: range.start), end = converter.position(of: range.end)
        return LSPRange(startLine: start.line, startCharacter: start.character, endLine: end.line, endCharacter: end.character)
    }
}

private func sameBytes(_ a: String, _ b: String) -> Bool {
    guard a.utf8.count == b.utf8.count else { return false }
    var a = a, b = b
    return a.withUTF8 { x in
        b.withUTF8 { y in x.isEmpty || memcmp(x.baseAddress!, y.baseAddress!, x.count) == 0 }
    }
}

private func hashBytes(_ s: String, _ hasher: inout Hasher) {
    var s = s
    s.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    hasher.combine(s.utf8.count)
}
