/// Per-report recovery of the columns of space-separated amounts (spec §1.3), and the
/// notes that mark inferred and ambiguous cells. A pure function of the report's tables
/// (so the incremental parser can cache it per report).
///
/// Recovery, strongest first:
/// 1. a fiscal table (04) whose income side shows a single fund: every ambiguous 支出
///    part belongs to that fund;
/// 2. the 合计 row of the same table, when complete: the unique assignment of the top-level
///    rows' parts that makes every column add up (subset sum);
/// 3. the same code in a sibling table (03 ↔ 05) holding the same figure in a decided column;
/// 4. 02: when 01 shows only 财政拨款 income, every part is 财政拨款收入.
/// What stays undecided remains `.ambiguous` (checks must not report column-specific errors on it).
enum ColumnInference {
    static func apply(_ tables: inout [TableContent]) {
        let hasAmbiguity = tables.contains { t in t.rows.contains { r in r.cells.contains { $0.isAmbiguous } } }
        if hasAmbiguity {
            for t in tables.indices where tables[t].kind == .fiscalAppropriationSummary { singleFund(&tables[t]) }
            for t in tables.indices where tables[t].kind.isFunctionCodeTable { subsetSum(&tables[t]) }
            siblings(&tables, .expenditure, .generalBudgetExpenditure)
            onlyFiscalIncome(&tables)
        }
        for t in tables.indices { addNotes(&tables[t]) }
    }

    // MARK: 1. single fund (04)

    private static func singleFund(_ table: inout TableContent) {
        var funded = Set<FundKind>()
        for row in table.rows where row.cells.contains(where: { ($0.amount.map { !$0.isZero }) ?? false }) {
            switch row.labelRole {
            case .incomeSource(.generalBudget)?, .carryoverFund(.generalBudget)?: funded.insert(.generalBudget)
            case .incomeSource(.governmentFund)?, .carryoverFund(.governmentFund)?: funded.insert(.governmentFund)
            case .incomeSource(.stateCapital)?, .carryoverFund(.stateCapital)?: funded.insert(.stateCapital)
            default: break
            }
        }
        guard funded.count == 1, let fund = funded.first else { return }
        let role: ColumnRole = fund == .generalBudget ? .generalBudget : fund == .governmentFund ? .governmentFund : .stateCapital
        guard let column = table.columns.first(where: { $0.role == role })?.index else { return }
        assign(in: &table) { _, _, candidates in candidates.contains(column) ? column : nil }
    }

    // MARK: 2. subset sum against the 合计 row

    private struct Unknown {
        var row: Int
        var cell: Int
        var value: Amount
        var candidates: [Int]
    }

    private static func subsetSum(_ table: inout TableContent) {
        guard let totalIndex = table.rows.firstIndex(where: { $0.labelRole == .total }) else { return }
        let totalRow = table.rows[totalIndex]
        guard !totalRow.cells.contains(where: { $0.isAmbiguous }) else { return }
        let minLength = table.rows.compactMap { $0.code?.text.utf8.count }.min()
        let topRows = table.rows.indices.filter { table.rows[$0].code != nil && table.rows[$0].code?.text.utf8.count == minLength }
        var unknowns: [Unknown] = []
        var fixed = Array(repeating: Amount.zero, count: table.columns.count)
        var contributors = Array(repeating: 0, count: table.columns.count)
        for r in topRows {
            for (c, cell) in table.rows[r].cells.enumerated() {
                guard let value = cell.amount else { continue }
                if case .ambiguous(let candidates) = cell.assignment {
                    if candidates.isEmpty { return }
                    unknowns.append(Unknown(row: r, cell: c, value: value, candidates: candidates))
                } else if let col = cell.column, col < fixed.count {
                    fixed[col] += value
                    contributors[col] += 1
                }
            }
        }
        guard !unknowns.isEmpty else { return }
        var combinations = 1.0
        for u in unknowns { combinations *= Double(u.candidates.count) }
        guard combinations <= 65_536 else { return }   // keep a keystroke cheap
        let targets: [Amount] = table.columns.indices.map { c in
            if case .amount(let a, _) = totalRow.reading(column: c) { return a }
            return .zero
        }
        let candidateColumns = Set(unknowns.flatMap(\.candidates))
        for exact in [true, false] {
            var solutions = 0
            var first: [Int] = []
            var chosen = Array(repeating: 0, count: unknowns.count)
            var sums = fixed
            var counts = contributors
            func search(_ i: Int) {
                if solutions > 1 { return }
                if i == unknowns.count {
                    for c in candidateColumns {
                        let diff = (sums[c] - targets[c]).magnitude
                        let tolerance = exact ? Amount.zero : Amount(units: 5 * Int64(counts[c] + 1), decimals: 3)
                        if diff > tolerance { return }
                    }
                    // parts of one row must stay in printed order
                    for k in 1..<max(unknowns.count, 1) where unknowns[k].row == unknowns[k - 1].row && chosen[k] <= chosen[k - 1] { return }
                    solutions += 1
                    if solutions == 1 { first = chosen }
                    return
                }
                for c in unknowns[i].candidates {
                    chosen[i] = c
                    sums[c] += unknowns[i].value
                    counts[c] += 1
                    search(i + 1)
                    sums[c] -= unknowns[i].value
                    counts[c] -= 1
                }
            }
            search(0)
            if solutions == 1 {
                for (k, u) in unknowns.enumerated() {
                    table.rows[u.row].cells[u.cell].column = first[k]
                    table.rows[u.row].cells[u.cell].assignment = .inferred
                }
                return
            }
            if solutions > 1 { return }
        }
    }

    // MARK: 3. same code, same figure, in a sibling table

    private static func siblings(_ tables: inout [TableContent], _ a: TableKind, _ b: TableKind) {
        guard let ia = tables.firstIndex(where: { $0.kind == a }), let ib = tables.firstIndex(where: { $0.kind == b }) else { return }
        copyAssignments(from: tables[ib], to: &tables[ia])
        copyAssignments(from: tables[ia], to: &tables[ib])
    }

    private static func copyAssignments(from source: TableContent, to target: inout TableContent) {
        var decided: [String: [(ColumnRole, Amount)]] = [:]
        for row in source.rows {
            guard let code = row.code?.text else { continue }
            for cell in row.cells where !cell.isAmbiguous {
                guard let col = cell.column, col > 0, col < source.columns.count, let value = cell.amount else { continue }
                decided[code, default: []].append((source.columns[col].role, value))
            }
        }
        guard !decided.isEmpty else { return }
        let columns = target.columns
        assign(in: &target) { row, cell, candidates in
            guard let code = row.code?.text, let options = decided[code], let value = cell.amount else { return nil }
            let matches = candidates.filter { c in options.contains { $0.0 == columns[c].role && $0.1 == value } }
            return matches.count == 1 ? matches[0] : nil
        }
    }

    // MARK: 4. 02 when 01 has only 财政拨款 income

    private static func onlyFiscalIncome(_ tables: inout [TableContent]) {
        guard let summary = tables.first(where: { $0.kind == .incomeExpenditureSummary }),
              let i = tables.firstIndex(where: { $0.kind == .income }),
              let fiscal = tables[i].columns.first(where: { $0.role == .fiscalAppropriation })?.index else { return }
        let nonFiscal: Set<IncomeSource> = [.superiorSubsidy, .business, .operating, .subordinateRemit, .other]
        var sawIncomeLines = false
        for row in summary.rows {
            guard case .incomeSource(let source)? = row.labelRole else { continue }
            sawIncomeLines = true
            if nonFiscal.contains(source), row.cells.contains(where: { ($0.amount.map { !$0.isZero }) ?? false }) { return }
        }
        guard sawIncomeLines else { return }
        assign(in: &tables[i]) { _, _, candidates in candidates.contains(fiscal) ? fiscal : nil }
    }

    /// Decides ambiguous cells for which `decide` returns a column.
    private static func assign(in table: inout TableContent, _ decide: (Row, Cell, [Int]) -> Int?) {
        for r in table.rows.indices {
            for c in table.rows[r].cells.indices {
                guard case .ambiguous(let candidates) = table.rows[r].cells[c].assignment, !candidates.isEmpty else { continue }
                if let column = decide(table.rows[r], table.rows[r].cells[c], candidates),
                   !table.rows[r].cells.contains(where: { $0.column == column }) {
                    table.rows[r].cells[c].column = column
                    table.rows[r].cells[c].assignment = .inferred
                }
            }
        }
    }

    /// One note per inferred or ambiguous cell.
    static func addNotes(_ table: inout TableContent) {
        for row in table.rows {
            for cell in row.cells {
                switch cell.assignment {
                case .certain: break
                case .inferred:
                    let label = cell.column.flatMap { c in table.columns.indices.contains(c) ? table.columns[c].label : nil } ?? "?"
                    table.notes.append(ParseNote(code: .inferredColumn, message: "column inferred: \(label)", range: cell.range))
                case .ambiguous(let candidates):
                    let labels = candidates.compactMap { c in table.columns.indices.contains(c) ? table.columns[c].label : nil }
                    table.notes.append(ParseNote(code: .ambiguousColumn,
                                                 message: "column undecided between \(labels.joined(separator: ", "))", range: cell.range))
                }
            }
        }
    }
}
