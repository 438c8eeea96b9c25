/// Writes text the way PDF-to-text output of the Henan template looks (seed 003): every physical
/// line is followed by a blank line, prose is hard-wrapped at a fixed width (a number is never
/// split, but it may end up on a different line from its label or unit), and the first line of
/// each page starts with one space.
struct HenanPageWriter {
    /// Display width of a line: CJK characters count 2, ASCII 1.
    static let width = 52
    /// Physical lines per page (a new page's first line gets a leading space).
    static let linesPerPage = 44

    private var linesOnPage = 0

    private static func width(of text: String) -> Int {
        text.unicodeScalars.reduce(0) { $0 + ($1.isASCII ? 1 : 2) }
    }

    /// One physical line (and the blank line after it). `pageStart` forces a leading space.
    mutating func line(_ b: inout ReportTextBuilder, _ pieces: [Segment], pageStart: Bool = false) {
        if pageStart || linesOnPage >= Self.linesPerPage {
            b.text(" ")
            linesOnPage = 0
        }
        b.segments(pieces)
        b.newline()
        b.line()
        linesOnPage += 1
    }

    mutating func line(_ b: inout ReportTextBuilder, _ text: String, pageStart: Bool = false) {
        line(&b, [.text(text)], pageStart: pageStart)
    }

    /// True when a segment ends with a CJK character that is not punctuation.
    private static func endsWithWord(_ segment: Segment) -> Bool {
        guard case .text(let text) = segment, let last = text.unicodeScalars.last else { return false }
        return !last.isASCII && !"，。；、：（）“”".unicodeScalars.contains(last)
    }

    /// A paragraph hard-wrapped at `width`; `.text("\n")` segments are ignored (the PDF has none).
    mutating func paragraph(_ b: inout ReportTextBuilder, _ segments: [Segment]) {
        var current: [Segment] = []
        var used = 0
        // The PDF puts a space between a number and a following word (`395.87 万元`), not before `%`.
        var pendingSpace = false
        func flush() {
            if !current.isEmpty { line(&b, current) }
            current = []
            used = 0
            pendingSpace = false
        }
        for segment in segments {
            switch segment {
            case .figure(let spec):
                // A space separates a number from the CJK word before it (`均为 395.87`).
                let spaceBefore = pendingSpace || current.last.map(Self.endsWithWord) == true
                let w = Self.width(of: spec.text) + (spaceBefore ? 1 : 0)
                if used + w > Self.width { flush() }
                if spaceBefore && !current.isEmpty { current.append(.text(" ")); used += 1 }
                current.append(segment)
                used += Self.width(of: spec.text)
                pendingSpace = true
            case .text(let text):
                if text == "\n" || text.isEmpty { continue }
                var run = ""
                if pendingSpace, let first = text.unicodeScalars.first, !first.isASCII,
                   !"，。；、：）".unicodeScalars.contains(first) {
                    run = " "
                    used += 1
                }
                pendingSpace = false
                for character in text {
                    let w = Self.width(of: String(character))
                    // Closing punctuation and `%` may overhang; a run of ASCII digits moves whole.
                    if used + w > Self.width && !"%，。；、）".contains(character) {
                        var carried = ""
                        if character.isASCII && (character.isNumber || character == ".") {
                            while let last = run.last, last.isASCII && (last.isNumber || last == ".") {
                                carried.insert(run.removeLast(), at: carried.startIndex)
                            }
                        }
                        if !run.isEmpty { current.append(.text(run)) }
                        run = ""
                        flush()
                        run = carried
                        used = Self.width(of: carried)
                    }
                    if run.isEmpty && current.isEmpty && character == " " { continue }
                    run.append(character)
                    used += w
                }
                if !run.isEmpty { current.append(.text(run)) }
            }
        }
        flush()
    }
}
