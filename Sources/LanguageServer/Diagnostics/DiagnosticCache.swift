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
/// is found by its byte ranges in the old text (`ByteKey`), which costs no position conversion
/// and no hashing of its messages.
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

    /// A finding by its code and byte ranges (in the text of the call that stored it).
    struct ByteKey: Hashable {
        var code: String
        var start, end: Int
        var related: [SourceRange]

        static func == (a: ByteKey, b: ByteKey) -> Bool {
            a.start == b.start && a.end == b.end && a.related == b.related && sameBytes(a.code, b.code)
        }

        func hash(into hasher: inout Hasher) {
            hasher.combine(start)
            hasher.combine(end)
            hasher.combine(related)
            hashBytes(code, &hasher)
        }
    }

    /// What else must be equal for a `ByteKey` match to be the same diagnostic.
    struct ByteEntry {
        var severity: Severity
        var message: String
        var relatedMessages: [String]
        var json: JSONValue
    }

    /// The text that changed since the previous call, for the byte-keyed fast path.
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
    private var byteEntries: [ByteKey: ByteEntry] = [:]
    private var settings: (locale: MessageLocale, includeRelated: Bool, uri: String)?

    /// How many diagnostics the last call could reuse, and how many of them by their bytes (for tests).
    private(set) var lastReused = 0
    private(set) var lastReusedByBytes = 0

    /// `findings` as LSP diagnostics, same order. Entries not used by this call are dropped.
    /// `stable`: what changed since the previous call (nil: anything may have).
    func diagnostics(_ findings: [Finding], uri: String, converter: PositionConverter, locale: MessageLocale,
                     includeRelated: Bool, stable: StableText? = nil) -> [JSONValue] {
        var stable = stable
        if let settings, settings.locale != locale || settings.includeRelated != includeRelated || settings.uri != uri {
            entries = [:]
            byteEntries = [:]
            stable = nil
        }
        settings = (locale, includeRelated, uri)
        var kept: [Key: JSONValue] = [:]
        var keptBytes: [ByteKey: ByteEntry] = [:]
        keptBytes.reserveCapacity(findings.count)
        var reused = 0, reusedByBytes = 0
        let result = findings.map { finding -> JSONValue in
            let message = finding.message.text(locale)
            let related = includeRelated ? finding.related : []
            let byteKey = ByteKey(code: finding.code, start: finding.range.start, end: finding.range.end, related: related.map(\.range))
            if let stable, let cached = byteEntries[Self.previousKey(byteKey, stable)], cached.severity == finding.severity,
               sameBytes(cached.message, message), cached.relatedMessages.count == related.count,
               zip(cached.relatedMessages, related).allSatisfy({ sameBytes($0, $1.message.text(locale)) })
            {
                reused += 1
                reusedByBytes += 1
                keptBytes[byteKey] = cached
                return cached.json
            }
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
            keptBytes[byteKey] = ByteEntry(severity: finding.severity, message: message,
                                           relatedMessages: related.map { $0.message.text(locale) }, json: json)
            return json
        }
        // Findings found by their bytes keep only their byte entry: a later call without `stable`
        // converts them again (and misses the LSP-keyed entries only once).
        entries = kept
        byteEntries = keptBytes
        lastReused = reused
        lastReusedByBytes = reusedByBytes
        return result
    }

    /// The key `key` (current text) had in the previous call's text, or a key no entry has.
    private static func previousKey(_ key: ByteKey, _ stable: StableText) -> ByteKey {
        let unmatched = ByteKey(code: "", start: -1, end: -1, related: [])
        guard let range = stable.previous(SourceRange(start: key.start, end: key.end)) else { return unmatched }
        var related: [SourceRange] = []
        related.reserveCapacity(key.related.count)
        for r in key.related {
            guard let previous = stable.previous(r) else { return unmatched }
            related.append(previous)
        }
        return ByteKey(code: key.code, start: range.start, end: range.end, related: related)
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
