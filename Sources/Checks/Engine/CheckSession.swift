import Report

/// One open document's parse-and-check state. An edit re-parses only the blocks it touched
/// (`IncrementalReportParser`) and re-checks only the reports it touched: the results of every other
/// report of a volume are reused, moved by the edit's length change. Checks never mix reports, so a
/// report whose text did not change has the same findings, only shifted.
public struct CheckSession: Sendable {
    public private(set) var parser: IncrementalReportParser?
    private var reports: [ReportCheck] = []
    private var options: CheckOptions?
    /// How many reports the last update checked (the others were reused).
    public private(set) var lastCheckedReportCount = 0

    /// One report's check, stored in the coordinates it was computed in, plus how far it has moved since.
    private struct ReportCheck: Sendable {
        var range: SourceRange
        var delta: Int
        var result: CheckResult
    }

    public init() {}

    /// The current model (empty before the first update).
    public var document: ReportDocument { parser?.document ?? ReportDocument() }

    /// Every finding, in document order, at current positions.
    public var findings: [Finding] {
        reports.flatMap { check in check.result.findings.map { $0.shifted(by: check.delta) } }
    }

    /// The whole result at current positions (shifts every stored evaluation: O(document)).
    public var result: CheckResult {
        var all = CheckResult()
        for check in reports {
            all.findings += check.result.findings.map { $0.shifted(by: check.delta) }
            all.evaluations += check.result.evaluations.map { $0.shifted(by: check.delta) }
        }
        return all
    }

    /// The evaluated identities whose written figure or a term covers `offset` (for hovers): only the
    /// report containing the offset is searched.
    public func evaluations(touching offset: Int) -> [IdentityEvaluation] {
        guard let check = reports.first(where: { $0.range.touches(offset) }) else { return [] }
        return check.result.evaluations(touching: offset - check.delta).map { $0.shifted(by: check.delta) }
    }

    /// Parses `bytes` (incrementally when `edits` lead from the previous text to it; fully when `edits`
    /// is nil or this is the first call), checks the reports the edits touched, and returns every finding.
    @discardableResult
    public mutating func update(bytes: [UInt8], edits: [ByteEdit]?, options: CheckOptions) -> [Finding] {
        let previous = reports
        let reusable: [Int: (ReportCheck, Int)]
        if var p = parser, let edits, self.options == options {
            if !edits.isEmpty { p.apply(edits: edits, newText: bytes) }
            parser = p
            reusable = CheckSession.untouched(previous, by: edits)
        } else {
            parser = IncrementalReportParser(text: bytes)
            reusable = [:]
        }
        self.options = options
        let checker = Checker(options: options)
        var checked = 0
        reports = document.reports.map { report in
            if let (old, shift) = reusable[report.range.start], old.range.length == report.range.length {
                return ReportCheck(range: report.range, delta: old.delta + shift, result: old.result)
            }
            checked += 1
            return ReportCheck(range: report.range, delta: 0, result: checker.check(report))
        }
        lastCheckedReportCount = checked
        return findings
    }

    /// The previous reports that no edit touched, keyed by their start after the edits, with their shift.
    private static func untouched(_ checks: [ReportCheck], by edits: [ByteEdit]) -> [Int: (ReportCheck, Int)] {
        var result: [Int: (ReportCheck, Int)] = [:]
        for check in checks {
            var range = check.range
            var touched = false
            for edit in edits {
                if edit.range.end < range.start {
                    range = range.shifted(by: edit.delta)
                } else if edit.range.start > range.end {
                    continue
                } else {
                    touched = true
                    break
                }
            }
            if !touched { result[range.start] = (check, range.start - check.range.start) }
        }
        return result
    }
}

extension CheckResult {
    /// The evaluated identities whose written figure or one of whose terms covers `offset` (for hovers).
    public func evaluations(touching offset: Int) -> [IdentityEvaluation] {
        evaluations.filter { e in e.ranges.contains { $0.touches(offset) } }
    }
}

extension Finding {
    /// The same finding `delta` bytes further on.
    public func shifted(by delta: Int) -> Finding {
        guard delta != 0 else { return self }
        var copy = self
        copy.range = range.shifted(by: delta)
        copy.related = related.map { RelatedLocation(range: $0.range.shifted(by: delta), message: $0.message) }
        copy.fixes = fixes.map { fix in
            Fix(title: fix.title, replacements: fix.replacements.map { TextReplacement(range: $0.range.shifted(by: delta), newText: $0.newText) })
        }
        return copy
    }
}

extension IdentityEvaluation {
    /// The same evaluation `delta` bytes further on.
    public func shifted(by delta: Int) -> IdentityEvaluation {
        guard delta != 0 else { return self }
        var copy = self
        copy.subject = subject.shifted(by: delta)
        copy.terms = terms.map { IdentityTerm($0.figure.shifted(by: delta), sign: $0.sign) }
        return copy
    }
}

extension Figure {
    /// The same figure `delta` bytes further on.
    public func shifted(by delta: Int) -> Figure {
        var copy = self
        copy.cellRange = cellRange?.shifted(by: delta)
        copy.anchorRange = anchorRange?.shifted(by: delta)
        return copy
    }
}
