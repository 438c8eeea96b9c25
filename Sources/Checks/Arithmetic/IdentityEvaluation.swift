import Report

/// One term of an identity: a figure with its sign.
public struct IdentityTerm: Sendable, Hashable {
    public var figure: Figure
    /// +1 or −1.
    public var sign: Int

    public init(_ figure: Figure, sign: Int = 1) {
        self.figure = figure
        self.sign = sign
    }
}

/// Every identity a check evaluated, satisfied or not: what figure hovers show.
public struct IdentityEvaluation: Sendable, Hashable {
    /// How the written figure relates to the terms.
    public enum Relation: String, Sendable, Hashable {
        /// written = Σ terms, within the sum tolerance.
        case sum
        /// written = the term (one figure copied): exact, 0.01 → Warning.
        case copy
        /// written ≤ Σ terms + 0.01.
        case atMost
        /// written ≥ Σ terms − 0.01.
        case atLeast
        /// The cell must stay empty.
        case empty
        /// written = Σ terms exactly (counts).
        case exact
    }

    /// How it came out.
    public enum Outcome: String, Sendable, Hashable {
        case exact
        /// Differs, but within the rounding tolerance (尾数误差).
        case withinRounding
        /// A copy off by one unit of the last place (Warning).
        case offByOneUnit
        case violated

        public var holds: Bool { self == .exact || self == .withinRounding }
    }

    /// The rule code.
    public var code: String
    public var relation: Relation
    /// The written (derived) side: the total, or the copy in the later table.
    public var subject: Figure
    public var terms: [IdentityTerm]
    public var written: Amount
    public var computed: Amount
    /// |written − computed|.
    public var difference: Amount
    public var tolerance: Amount
    public var outcome: Outcome
    /// `281.91 = 137.36 + 30.05 + 114.50 ✓` (rendered on access).
    public var formula: String {
        IdentityEvaluation.render(relation: relation, written: written, terms: terms.filter { $0.figure.isWritten },
                                  computed: computed, tolerance: tolerance, outcome: outcome)
    }

    /// The ranges of the written figure and of every written term (for hovers).
    public var ranges: [SourceRange] {
        ([subject.anchorRange] + terms.map(\.figure.cellRange)).compactMap { $0 }
    }
}

extension IdentityEvaluation {
    /// Renders the formula with symbols only (readable in either locale).
    static func render(relation: Relation, written: Amount, terms: [IdentityTerm], computed: Amount,
                       tolerance: Amount, outcome: Outcome) -> String {
        var rhs = ""
        for term in terms {
            guard let a = term.figure.amount else { continue }
            if rhs.isEmpty {
                rhs = term.sign < 0 ? "−" + a.description : a.description
            } else {
                rhs += (term.sign < 0 ? " − " : " + ") + a.description
            }
        }
        if rhs.isEmpty { rhs = "0" }
        let termCount = terms.filter { $0.figure.isWritten }.count
        let showComputed = termCount > 1 || terms.contains { $0.sign < 0 }
        let computedText = showComputed ? rhs + " = " + computed.description : rhs
        let w = written.description
        switch relation {
        case .atMost:
            return outcome.holds ? "\(w) ≤ \(computedText) ✓" : "\(w) > \(computedText) (+\(tolerance.normalizedDescription)) ✗"
        case .atLeast:
            return outcome.holds ? "\(w) ≥ \(computedText) ✓" : "\(w) < \(computedText) (−\(tolerance.normalizedDescription)) ✗"
        case .empty:
            return outcome.holds ? "—— ✓" : "\(w) ≠ —— ✗"
        case .sum, .copy, .exact:
            switch outcome {
            case .exact: return "\(w) = \(rhs) ✓"
            case .withinRounding: return "\(w) ≈ \(computedText) (±\(tolerance.normalizedDescription)) ✓"
            case .offByOneUnit: return "\(w) ≠ \(computedText) ⚠"
            case .violated: return "\(w) ≠ \(computedText) (±\(tolerance.normalizedDescription)) ✗"
            }
        }
    }
}
