import XCTest
@testable import Checks
import Report

/// Issue 4's mutation test on the typed fixture report: change any one amount cell of tables 01–06, 09, 10
/// by ±0.10, ±1.00, ±100.00 or a swap of two digits; an Error must point at that cell or name it in
/// `related`. At least 99% of the mutants must be caught.
final class MutationTests: XCTestCase {
    static let mutatedKinds: Set<TableKind> = [.incomeExpenditureSummary, .income, .expenditure, .fiscalAppropriationSummary,
                                               .generalBudgetExpenditure, .generalBudgetBasicExpenditure,
                                               .threePublicExpenses, .relatedInformation]

    func testFixtureMutantsAreCaught() {
        let tables = ConsistentReport.tables()
        XCTAssertFalse(Checker().check(IndexedReport(tables: tables)).hasErrors)
        let score = MutationScore.run(tables: tables, kinds: Self.mutatedKinds)
        XCTAssertGreaterThan(score.total, 300)
        XCTAssertGreaterThanOrEqual(score.ratio, 0.99, "missed: \(score.missed.prefix(20))")
    }
}

/// Runs mutants over indexed tables and counts the ones an Error catches.
enum MutationScore {
    struct Result {
        var total = 0
        var caught = 0
        var missed: [String] = []
        var ratio: Double { total == 0 ? 1 : Double(caught) / Double(total) }
    }

    static let deltas = ["0.10", "-0.10", "1.00", "-1.00", "100.00", "-100.00"].compactMap { Amount(parsing: $0) }

    /// The mutated values of `amount`: ±deltas (kept ≥ 0), and swaps of two adjacent different digits.
    static func mutants(of amount: Amount) -> [Amount] {
        var result: [Amount] = []
        for delta in deltas {
            let m = amount + delta
            if !m.isNegative { result.append(Amount(units: m.rounded(toDecimals: amount.decimals).units, decimals: amount.decimals)) }
        }
        var digits = Array(String(amount.units.magnitude))
        if digits.count >= 2 {
            for i in 0..<(digits.count - 1) where digits[i] != digits[i + 1] {
                digits.swapAt(i, i + 1)
                if let u = Int64(String(digits)), digits.first != "0" {
                    result.append(Amount(units: amount.isNegative ? -u : u, decimals: amount.decimals))
                }
                digits.swapAt(i, i + 1)
            }
        }
        return result
    }

    static func run(tables: [IndexedTable], kinds: Set<TableKind>) -> Result {
        var result = Result()
        let checker = Checker()
        for (kind, range, amount) in FixtureEdit.amountCells(tables) where kinds.contains(kind) {
            for mutant in mutants(of: amount) where mutant != amount {
                result.total += 1
                let findings = checker.check(IndexedReport(tables: FixtureEdit.replacing(tables, cellAt: range, with: mutant))).findings
                let caught = findings.contains { $0.severity == .error && ($0.range == range || $0.related.contains { $0.range == range }) }
                if caught { result.caught += 1 } else { result.missed.append("\(kind) \(range) \(amount) → \(mutant)") }
            }
        }
        return result
    }
}
