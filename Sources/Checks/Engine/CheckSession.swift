import Report

/// One open document's parse-and-check state: keeps an incremental parser, so that after an edit only
/// the touched blocks are re-parsed, then checks every report. What a language-server analysis session wraps.
public struct CheckSession: Sendable {
    public private(set) var parser: IncrementalReportParser?
    public private(set) var result = CheckResult()

    public init() {}

    /// The current model (empty before the first update).
    public var document: ReportDocument { parser?.document ?? ReportDocument() }

    /// Parses `bytes` (incrementally when `edits` lead from the previous text to it; fully when `edits`
    /// is nil or this is the first call) and checks it with `options`.
    @discardableResult
    public mutating func update(bytes: [UInt8], edits: [ByteEdit]?, options: CheckOptions) -> CheckResult {
        if var p = parser, let edits {
            if !edits.isEmpty { p.apply(edits: edits, newText: bytes) }
            parser = p
        } else {
            parser = IncrementalReportParser(text: bytes)
        }
        result = Checker(options: options).check(document)
        return result
    }
}

extension CheckResult {
    /// The evaluated identities whose written figure or one of whose terms covers `offset` (for hovers).
    public func evaluations(touching offset: Int) -> [IdentityEvaluation] {
        evaluations.filter { e in e.ranges.contains { $0.touches(offset) } }
    }
}
