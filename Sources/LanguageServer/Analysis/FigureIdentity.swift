import Checks
import Report

/// An identity a check evaluated over figures of the document (`合计 = 基本支出 + 项目支出`),
/// as a figure hover shows it. The table checks' evaluations conform to it, so the server
/// never depends on how a rule computes.
public protocol FigureIdentity: Sendable {
    /// The rule that evaluated it (`T05-1`).
    var ruleCode: String { get }
    /// The ranges of the figures taking part, the written (derived) figure first.
    var figureRanges: [SourceRange] { get }
    /// The identity with its numbers: `281.91 = 137.36 + 30.05 + 114.50 ✓`.
    var formulaText: String { get }
    /// True when it holds (exactly or within the rounding tolerance).
    var holds: Bool { get }
    /// The difference and tolerance, or what the identity means, when there is more to say.
    var detail: LocalizedText? { get }
}

/// A number of the narrative and the table cell it was checked against.
public struct NarrativeMatch: Sendable, Hashable {
    /// The number (with its unit) in the narrative.
    public var numberRange: SourceRange
    /// The table cell it was compared with.
    public var cellRange: SourceRange
    /// The rule that compared them.
    public var ruleCode: String
    /// What was compared, e.g. `公开01表 本年收入合计 1835.83 = 1835.83 ✓`.
    public var description: LocalizedText
    public var holds: Bool

    public init(numberRange: SourceRange, cellRange: SourceRange, ruleCode: String, description: LocalizedText, holds: Bool) {
        self.numberRange = numberRange
        self.cellRange = cellRange
        self.ruleCode = ruleCode
        self.description = description
        self.holds = holds
    }
}
