import Report

extension ReportCheckRecord {
    /// Each outcome that still holds for `report` after `edit` (in this record's current coordinates),
    /// moved with the text; nil for each rule that must run again. A rule's outcome holds when
    /// everything it read is unchanged: each table it looked up is the same parsed content (or is
    /// still absent), moved consistently with the edit; the narrative (regions, unit and year) when
    /// it read the narrative; the codes and names of every table's rows when it read those. Its
    /// ranges must not touch the edited bytes either.
    func outcomes(for report: Report, after edit: ByteEdit) -> [RuleOutcome?] {
        let unchangedKinds = unchangedFirstTables(in: report, after: edit)
        let codesAndNamesUnchanged = tables.count == report.tables.count
            && zip(tables, report.tables).allSatisfy { keepsCodesAndNames($0, as: $1, after: edit) }
        let narrativeUnchanged = unit == report.unit && year == report.year?.value
            && narrativeRegions.count == report.narrativeRegions.count
            && zip(narrativeRegions, report.narrativeRegions).allSatisfy { old, new in
                edit.moved(old.shifted(by: inputShift)) == new.range
            }
        return outcomes.map { outcome in
            guard outcome.reads.isSubset(of: unchangedKinds),
                  narrativeUnchanged || !outcome.readsNarrative,
                  codesAndNamesUnchanged || !outcome.readsCodesAndNames else { return nil }
            return outcome.moved(through: edit)
        }
    }

    /// The kinds whose first table (the one rules read) is unchanged by `edit`, or absent before and after.
    private func unchangedFirstTables(in report: Report, after edit: ByteEdit) -> TableKindSet {
        let before = IndexedReport.firstTables(of: tables), after = IndexedReport.firstTables(of: report.tables)
        var unchanged = TableKindSet()
        for kind in TableKind.allCases {
            switch (before[kind], after[kind]) {
            case (nil, nil):
                unchanged.insert(kind)
            case let (old?, new?) where keeps(old, as: new, after: edit):
                unchanged.insert(kind)
            default:
                break
            }
        }
        return unchanged
    }

    /// True when `new` is `old` (same parsed content) moved as `edit` moves the text around it.
    private func keeps(_ old: Table, as new: Table, after edit: ByteEdit) -> Bool {
        let origin = old.origin + inputShift
        return new.sharesContent(with: old) && edit.moved(SourceRange(start: origin, end: origin))?.start == new.origin
    }

    /// True when the rows of `new` carry the codes and names of `old`'s rows where `edit` moved them
    /// (what the name rules read): a figure typed into a cell changes the table, not its names.
    private func keepsCodesAndNames(_ old: Table, as new: Table, after edit: ByteEdit) -> Bool {
        if keeps(old, as: new, after: edit) { return true }
        guard old.kind == new.kind, old.declaredNumber == new.declaredNumber, old.title == new.title,
              old.relativeRows.count == new.relativeRows.count else { return false }
        let oldOrigin = old.origin + inputShift, newOrigin = new.origin
        /// `a` (relative to the old origin) moved by the edit is `b` (relative to the new one).
        func same<T: Equatable>(_ a: T?, _ b: T?, _ range: WritableKeyPath<T, SourceRange>) -> Bool {
            guard var a, let b else { return a == nil && b == nil }
            guard let moved = edit.moved(a[keyPath: range].shifted(by: oldOrigin)) else { return false }
            a[keyPath: range] = moved.shifted(by: -newOrigin)
            return a == b
        }
        return zip(old.relativeRows, new.relativeRows).allSatisfy { a, b in
            same(a.code, b.code, \.range) && same(a.name, b.name, \.range)
        }
    }
}
