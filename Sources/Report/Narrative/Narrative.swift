/// The narrative of a report: parts, numbered sections and sentences with their
/// numeric mentions, every piece mapped to exact source byte ranges.
public struct Narrative: Equatable, Sendable {
    /// The per-region results this narrative was assembled from.
    public var blocks: [NarrativeBlock]
    /// `第一部分` … `第五部分`, in order.
    public var parts: [NarrativePart]
    /// Sections before the first part heading (a report without part headings has all its sections here).
    public var preambleSections: [NarrativeSection]
    /// Every heading line, in order.
    public var headings: [NarrativeHeading]
    /// Every sentence, in order (read through the blocks; indices are 0-based `Int`s).
    public var sentences: NarrativeSentenceList

    public static let empty = Narrative(blocks: [])

    public var isEmpty: Bool { sentences.isEmpty && headings.isEmpty }

    /// Assembles the part/section tree from independently parsed blocks (in document order).
    public init(blocks: [NarrativeBlock]) {
        self.blocks = blocks
        headings = blocks.flatMap(\.headings)
        let sentences = NarrativeSentenceList(blocks: blocks)
        self.sentences = sentences
        let documentEnd = blocks.last?.region.end ?? 0
        func sentenceIndices(_ range: SourceRange) -> Range<Int> {
            firstSentence(in: sentences, startingAtOrAfter: range.start)..<firstSentence(in: sentences, startingAtOrAfter: range.end)
        }

        struct Open { var heading: NarrativeHeading; var level: Int; var ordinal: Int; var children: [NarrativeSection] }
        var parts: [NarrativePart] = []
        var preamble: [NarrativeSection] = []
        var openPart: (heading: NarrativeHeading, number: Int, sections: [NarrativeSection])?
        var stack: [Open] = []

        func closeSections(downTo level: Int, at end: Int) {
            while let top = stack.last, top.level >= level {
                stack.removeLast()
                let range = SourceRange(start: top.heading.lineRange.start, end: max(end, top.heading.lineRange.end))
                let section = NarrativeSection(level: top.level, ordinal: top.ordinal, heading: top.heading, range: range,
                                               sentenceIndices: sentenceIndices(range), children: top.children)
                if !stack.isEmpty {
                    stack[stack.count - 1].children.append(section)
                } else if openPart != nil {
                    openPart?.sections.append(section)
                } else {
                    preamble.append(section)
                }
            }
        }
        func closePart(at end: Int) {
            closeSections(downTo: Int.min, at: end)
            guard let p = openPart else { return }
            let range = SourceRange(start: p.heading.lineRange.start, end: max(end, p.heading.lineRange.end))
            parts.append(NarrativePart(number: p.number, heading: p.heading, range: range,
                                       sentenceIndices: sentenceIndices(range), sections: p.sections))
            openPart = nil
        }
        for heading in headings {
            switch heading.kind {
            case .part(let number):
                closePart(at: heading.lineRange.start)
                openPart = (heading, number, [])
            case .section(let level, let ordinal):
                closeSections(downTo: level, at: heading.lineRange.start)
                stack.append(Open(heading: heading, level: level, ordinal: ordinal, children: []))
            }
        }
        closePart(at: documentEnd)
        self.parts = parts
        self.preambleSections = preamble
    }

    /// Every numeric mention, in order.
    public var mentions: [NumericMention] { sentences.flatMap(\.mentions) }

    /// Index of the sentence whose source range touches `offset`.
    public func sentenceIndex(at offset: Int) -> Int? {
        let candidate = firstSentence(in: sentences, startingAtOrAfter: offset + 1) - 1
        guard candidate >= 0, sentences[candidate].range.touches(offset) else { return nil }
        return candidate
    }

    /// The sentence whose source range touches `offset`.
    public func sentence(at offset: Int) -> NarrativeSentence? {
        sentenceIndex(at: offset).map { sentences[$0] }
    }

    /// The numeric mention (number and unit) at `offset`, for hover and go-to-definition.
    public func mention(at offset: Int) -> NumericMention? {
        sentence(at: offset)?.mention(at: offset)
    }

    /// The part containing `offset`.
    public func part(at offset: Int) -> NarrativePart? {
        parts.first { $0.range.touches(offset) }
    }

    /// The innermost section containing `offset`, with its ancestors (outermost first).
    public func sectionPath(at offset: Int) -> [NarrativeSection] {
        var path: [NarrativeSection] = []
        var level = part(at: offset)?.sections ?? preambleSections
        while let s = level.first(where: { $0.range.contains(offset) || $0.range.end == offset }) {
            path.append(s)
            level = s.children
        }
        return path
    }
}

/// Index of the first sentence that starts at or after `offset`.
private func firstSentence(in sentences: NarrativeSentenceList, startingAtOrAfter offset: Int) -> Int {
    sentences.firstIndex(startingAtOrAfter: offset)
}
