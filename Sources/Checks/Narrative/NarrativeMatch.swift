import Report

/// A narrative number matched to what it must equal: a table cell, a sum of cells, or other narrative
/// numbers (for hover and go-to-definition: "matched to 公开05表 215 … 小计").
public struct NarrativeMatch: Sendable, Hashable {
    /// The rule that made the match.
    public var code: String
    /// The narrative number (with its unit).
    public var mentionRange: SourceRange
    /// What it was compared with (`公开05表 215 资源勘探工业信息等支出（小计） 1248.74`).
    public var counterpart: LocalizedText
    /// The table cells or narrative numbers it was compared with.
    public var targetRanges: [SourceRange]
    /// True when the comparison held (within rounding).
    public var holds: Bool

    public init(code: String, mentionRange: SourceRange, counterpart: LocalizedText, targetRanges: [SourceRange], holds: Bool) {
        self.code = code
        self.mentionRange = mentionRange
        self.counterpart = counterpart
        self.targetRanges = targetRanges
        self.holds = holds
    }
}

extension NarrativeMatch {
    /// The same match `delta` bytes further on.
    public func shifted(by delta: Int) -> NarrativeMatch {
        delta == 0 ? self : mappingRanges { $0.shifted(by: delta) }
    }
}

/// What the narrative rules found in one document.
public struct NarrativeCheckResult: Sendable {
    /// Sorted by position, then code.
    public var findings: [Finding]
    /// Every comparison made, in document order.
    public var matches: [NarrativeMatch]

    public init(findings: [Finding] = [], matches: [NarrativeMatch] = []) {
        self.findings = findings
        self.matches = matches
    }
}
