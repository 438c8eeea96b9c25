import Checks
import Report

/// The table checks' evaluations are what figure hovers show.
extension IdentityEvaluation: FigureIdentity {
    public var ruleCode: String { code }
    public var formulaText: String { formula }
    public var holds: Bool { outcome.holds }

    public var figures: [IdentityFigure] {
        [IdentityFigure(range: subject.cellRange ?? subject.anchorRange, label: subject.label, table: subject.tableLabel)]
            + terms.map { IdentityFigure(range: $0.figure.cellRange, label: $0.figure.label, table: $0.figure.tableLabel) }
    }

    public var discrepancy: LocalizedText? {
        let d = difference.description, t = tolerance.normalizedDescription
        switch outcome {
        case .exact:
            return nil
        case .withinRounding:
            return LocalizedText(zh: "差 \(d)，在容差 \(t) 之内（尾数误差）", en: "off by \(d), within the rounding tolerance \(t)")
        case .offByOneUnit, .violated:
            return LocalizedText(zh: "差 \(d)，容差 \(t)", en: "off by \(d), tolerance \(t)")
        }
    }
}
