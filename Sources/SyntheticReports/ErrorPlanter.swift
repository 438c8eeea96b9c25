/// Applies `ErrorPlan`s to a generated report: rewrites the targeted figures in place, shifts
/// every later byte range, and records each planted error with its final ranges.
struct ErrorPlanter {
    private(set) var report: GeneratedReport

    init(_ report: GeneratedReport) {
        self.report = report
    }

    enum PlantingError: Error, CustomStringConvertible {
        case figureNotFound(String)
        case notApplicable(String)
        var description: String {
            switch self {
            case .figureNotFound(let what): return "no figure \(what) in the generated report"
            case .notApplicable(let what): return "cannot plant \(what)"
            }
        }
    }

    private func index(of kind: GeneratedFigure.Kind, department: Int) throws -> Int {
        guard let index = report.figures.firstIndex(where: { $0.kind == kind && $0.department == department }) else {
            throw PlantingError.figureNotFound("\(kind)")
        }
        return index
    }

    private func tableKind(_ table: String, _ row: String, _ column: String) -> GeneratedFigure.Kind {
        .tableCell(table: table, row: row, column: column)
    }

    /// The related figures of a table cell: the same row/column in other tables and the totals above it.
    private func related(to figure: GeneratedFigure) -> [Int] {
        guard case .tableCell(let table, let row, let column) = figure.kind else { return [] }
        var result: [Int] = []
        for (index, other) in report.figures.enumerated() where other.department == figure.department {
            guard case .tableCell(let otherTable, let otherRow, let otherColumn) = other.kind, other.range != figure.range else { continue }
            let sameCell = otherRow == row && otherColumn == column && otherTable != table
            let parent = otherTable == table && otherColumn == column
                && (otherRow == "合计" || (row.count > otherRow.count && row.hasPrefix(otherRow) && otherRow.allSatisfy(\.isNumber)))
            if sameCell || parent { result.append(index) }
        }
        return result
    }

    mutating func plant(_ plan: ErrorPlan, department: Int) throws {
        switch plan {
        case .cellDelta(let table, let row, let column, let delta):
            let i = try index(of: tableKind(table, row, column), department: department)
            try rewrite([(i, shifted(i, by: delta))], kind: .cellDelta, primary: i, related: related(to: report.figures[i]),
                        expectation: "\(Self.describe(report.figures[i].kind)) 被改动 \(FigureFormatting.plain(delta))，合计与明细或其他表中的同一数字不再一致")
        case .staleTotal(let table, let row, let column, let delta):
            let i = try index(of: tableKind(table, row, column), department: department)
            let totals = related(to: report.figures[i]).filter {
                if case .tableCell(let t, _, _) = report.figures[$0].kind { return t == table }
                return false
            }
            try rewrite([(i, shifted(i, by: delta))], kind: .staleTotal, primary: i, related: totals,
                        expectation: "\(Self.describe(report.figures[i].kind)) 已改为新值，但其上级合计未随之更新：合计与明细之和相差 \(FigureFormatting.plain(delta))")
        case .rowTransfer(let table, let from, let to, let column, let totalColumn, let delta):
            let a = try index(of: tableKind(table, from, column), department: department)
            let aTotal = try index(of: tableKind(table, from, totalColumn), department: department)
            let b = try index(of: tableKind(table, to, column), department: department)
            let bTotal = try index(of: tableKind(table, to, totalColumn), department: department)
            let others = report.figures.indices.filter { index in
                guard report.figures[index].department == department,
                      case .tableCell(let t, let r, _) = report.figures[index].kind else { return false }
                return t != table && (r == from || r == to)
            }
            try rewrite([(a, shifted(a, by: -delta)), (aTotal, shifted(aTotal, by: -delta)),
                         (b, shifted(b, by: delta)), (bTotal, shifted(bTotal, by: delta))],
                        kind: .rowTransfer, primary: b, related: others,
                        expectation: "表\(table)中 \(from) 与 \(to) 两行之间挪动了 \(FigureFormatting.plain(delta))：本表仍平衡，但这两行与其他表（如表05、表02）中同一科目的数字不一致")
        case .narrativeAmount(let section, let quantity, let delta):
            let i = try index(of: .narrative(section: section, quantity: quantity), department: department)
            try rewrite([(i, shifted(i, by: delta))], kind: .narrativeAmount, primary: i, related: [],
                        expectation: "情况说明\(section)中的“\(quantity)”与表中数值相差 \(FigureFormatting.plain(delta))")
        case .narrativePercent(let section, let quantity, let delta):
            let i = try index(of: .narrative(section: section, quantity: quantity), department: department)
            try rewrite([(i, shifted(i, by: delta))], kind: .narrativePercent, primary: i, related: [],
                        expectation: "情况说明\(section)中的“\(quantity)”百分比与其分子分母之比不符")
        case .swappedDigits(let kind):
            let i = try index(of: kind, department: department)
            guard let text = Self.swapDigits(report.figures[i].text) else { throw PlantingError.notApplicable("swapped digits in \(kind)") }
            try rewrite([(i, text)], kind: .swappedDigits, primary: i, related: report.figures[i].isTableCell ? related(to: report.figures[i]) : [],
                        expectation: "\(Self.describe(kind)) 两位数字互换（\(report.figures[i].text) → \(text)），与应有数值不符")
        case .countMismatch(let section, let quantity, let delta):
            let i = try index(of: .narrative(section: section, quantity: quantity), department: department)
            try rewrite([(i, shifted(i, by: Int64(delta)))], kind: .countMismatch, primary: i, related: [],
                        expectation: "所述数量与其后列举的项目个数不符（相差 \(delta)）")
        case .wrongYear(let section, let quantity, let delta):
            let i = try index(of: .narrative(section: section, quantity: quantity), department: department)
            try rewrite([(i, shifted(i, by: Int64(delta)))], kind: .wrongYear, primary: i, related: [],
                        expectation: "年份与报告年度不符")
        }
    }

    /// The figure's value moved by `delta`, written the way the original was written.
    private func shifted(_ index: Int, by delta: Int64) -> String {
        let figure = report.figures[index]
        switch figure.unit {
        case .count, .year: return String(figure.units + delta)
        case .percent: return FigureFormatting.percent(figure.units + delta)
        case .amount:
            let minor = figure.decimals == 0 ? figure.units * 100 : figure.units
            return figure.isTableCell ? FigureFormatting.plain(minor + delta) : FigureFormatting.prose(minor + delta)
        }
    }

    /// Swaps the last pair of adjacent, different digits; nil when there is none.
    static func swapDigits(_ text: String) -> String? {
        var characters = Array(text)
        var index = characters.count - 2
        while index >= 0 {
            let a = characters[index], b = characters[index + 1]
            if a.isASCII && a.isNumber && b.isASCII && b.isNumber && a != b {
                characters.swapAt(index, index + 1)
                return String(characters)
            }
            index -= 1
        }
        return nil
    }

    static func describe(_ kind: GeneratedFigure.Kind) -> String {
        switch kind {
        case .tableCell(let table, let row, let column): return "表\(table) \(row) \(column)"
        case .narrative(let section, let quantity): return "情况说明\(section) \(quantity)"
        }
    }

    private mutating func rewrite(_ edits: [(Int, String)], kind: PlantedError.Kind, primary: Int, related: [Int],
                                  expectation: String) throws {
        let original = report.figures[primary].text
        for (index, text) in edits.sorted(by: { report.figures[$0.0].range.lowerBound > report.figures[$1.0].range.lowerBound }) {
            splice(index, text)
        }
        let planted = PlantedError(
            kind: kind, range: report.figures[primary].range, changedRanges: edits.map { report.figures[$0.0].range },
            relatedRanges: related.map { report.figures[$0].range }, figure: report.figures[primary].kind,
            originalText: original, plantedText: report.figures[primary].text, expectation: expectation,
            department: report.figures[primary].department)
        report.plantedErrors.append(planted)
    }

    /// Replaces the text of figure `index` and shifts every later range (figures and planted errors).
    mutating func splice(_ index: Int, _ text: String) {
        let old = report.figures[index].range
        let new = Array(text.utf8)
        report.bytes.replaceSubrange(old, with: new)
        let shift = new.count - old.count
        func moved(_ range: Range<Int>) -> Range<Int> {
            range.lowerBound >= old.upperBound ? (range.lowerBound + shift)..<(range.upperBound + shift) : range
        }
        for i in report.figures.indices where i != index {
            report.figures[i].range = moved(report.figures[i].range)
        }
        for i in report.plantedErrors.indices {
            report.plantedErrors[i].range = moved(report.plantedErrors[i].range)
            report.plantedErrors[i].changedRanges = report.plantedErrors[i].changedRanges.map(moved)
            report.plantedErrors[i].relatedRanges = report.plantedErrors[i].relatedRanges.map(moved)
        }
        report.figures[index].range = old.lowerBound..<(old.lowerBound + new.count)
        report.figures[index].text = text
        report.figures[index].units = Self.units(of: text)
        report.figures[index].decimals = text.contains(".") ? text.split(separator: ".").last.map(\.count) ?? 0 : 0
    }

    private static func units(of text: String) -> Int64 {
        let digits = text.filter { $0.isNumber || $0 == "-" }
        return Int64(digits) ?? 0
    }
}
