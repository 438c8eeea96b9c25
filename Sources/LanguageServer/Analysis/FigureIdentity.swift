import Checks
import Report

/// An identity a check evaluated over figures of the document (`合计 = 基本支出 + 项目支出`),
/// as a figure hover shows it. The table checks' evaluations conform to it, so the server
/// never depends on how a rule computes.
public protocol FigureIdentity: Sendable {
    /// The rule that evaluated it (`T05-1`).
    var ruleCode: String { get }
    /// The figures taking part: the written (derived) one first, then the terms.
    var figures: [IdentityFigure] { get }
    /// The identity with its numbers: `281.91 = 137.36 + 30.05 + 114.50 ✓`.
    var formulaText: String { get }
    /// True when it holds (exactly or within the rounding tolerance).
    var holds: Bool { get }
    /// The difference and the tolerance, when the two sides are not exactly equal.
    var discrepancy: LocalizedText? { get }
}

/// One figure of an identity: where it is and what it is.
public struct IdentityFigure: Sendable, Hashable {
    /// The cell, nil when the figure is absent from the document.
    public var range: SourceRange?
    /// Row and column (`215 资源勘探工业信息等支出（小计）`).
    public var label: LocalizedText
    /// The table (`公开05表` / `Table 05`).
    public var table: LocalizedText

    public init(range: SourceRange?, label: LocalizedText, table: LocalizedText) {
        self.range = range
        self.label = label
        self.table = table
    }
}
