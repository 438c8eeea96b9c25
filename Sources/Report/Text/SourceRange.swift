/// A half-open range of UTF-8 byte offsets into a document's text.
///
/// Every range in the report model, in findings and in the document store is a
/// `SourceRange`. Conversion to LSP positions (UTF-8/16/32 code units) happens
/// only at the edges: the language server and the `check` command.
public struct SourceRange: Hashable, Sendable, Codable, Comparable, CustomStringConvertible {
    public var start: Int
    public var end: Int

    public init(start: Int, end: Int) {
        precondition(start <= end, "SourceRange start \(start) after end \(end)")
        self.start = start
        self.end = end
    }

    public init(_ range: Range<Int>) {
        self.init(start: range.lowerBound, end: range.upperBound)
    }

    public var range: Range<Int> { start..<end }
    public var length: Int { end - start }
    public var isEmpty: Bool { start == end }

    public func contains(_ offset: Int) -> Bool { offset >= start && offset < end }

    /// True when `offset` lies inside the range or touches its end (cursor positions).
    public func touches(_ offset: Int) -> Bool { offset >= start && offset <= end }

    public func overlaps(_ other: SourceRange) -> Bool {
        start < other.end && other.start < end || (isEmpty && other.touches(start)) || (other.isEmpty && touches(other.start))
    }

    /// The smallest range covering both.
    public func union(_ other: SourceRange) -> SourceRange {
        SourceRange(start: min(start, other.start), end: max(end, other.end))
    }

    public func shifted(by delta: Int) -> SourceRange {
        SourceRange(start: start + delta, end: end + delta)
    }

    public static func < (lhs: SourceRange, rhs: SourceRange) -> Bool {
        (lhs.start, lhs.end) < (rhs.start, rhs.end)
    }

    public var description: String { "\(start)..<\(end)" }
}
