import Report

/// One sentence of the narrative with where it stands: its part, its topic and its sections.
/// A class: every narrative rule walks these lists, and a copy of a class reference is one retain.
final class NarrativeFactSentence: Sendable {
    /// Index into `Narrative.sentences`.
    let index: Int
    let sentence: NarrativeSentence
    /// `第N部分` number, nil before the first part heading.
    let part: Int?
    let topic: NarrativeTopic
    /// Titles of the enclosing sections, outermost first.
    let titles: [String]
    /// Start of the innermost enclosing section (identifies it), nil outside every section.
    let sectionStart: Int?
    /// The mentions, read once.
    let mentions: [NumericMention]
    /// The whole heading of the innermost section when it runs over several lines (`3．社会保障和就业支出（类）…` ⏎
    /// `（款）行政单位离退休（项）。`): the text of the sentence that starts at it; else its title.
    let headingText: String
    /// The amounts stating a level (not a change), in order.
    let levels: [NumericMention]

    init(index: Int, sentence: NarrativeSentence, part: Int?, topic: NarrativeTopic, titles: [String], sectionStart: Int?,
         mentions: [NumericMention], headingText: String) {
        self.index = index
        self.sentence = sentence
        self.part = part
        self.topic = topic
        self.titles = titles
        self.sectionStart = sectionStart
        self.mentions = mentions
        self.headingText = headingText
        levels = mentions.filter(NarrativeSubject.isLevel)
    }

    /// The title of the innermost section.
    var innermostTitle: String { titles.last ?? "" }
}

/// The narrative of one report, sentence by sentence with topics, for the narrative rules.
struct NarrativeFacts: Sendable {
    let narrative: Narrative
    let sentences: [NarrativeFactSentence]
    /// `explanation(_:)` for every topic, computed once (the rules ask for it again and again).
    private let explanations: [NarrativeTopic: [NarrativeFactSentence]]

    init(_ narrative: Narrative) {
        self.narrative = narrative
        var result: [NarrativeFactSentence] = []
        result.reserveCapacity(narrative.sentences.count)
        for part in narrative.parts {
            NarrativeFacts.collect(part.sections, titles: [], topic: nil, part: part.number, narrative: narrative,
                                   into: &result, loose: part.sentenceIndices)
        }
        NarrativeFacts.collect(narrative.preambleSections, titles: [], topic: nil, part: nil, narrative: narrative,
                               into: &result, loose: 0..<0)
        result.sort { $0.index < $1.index }
        sentences = result
        var explanations: [NarrativeTopic: [NarrativeFactSentence]] = [:]
        for sentence in result where sentence.part == 3 || sentence.part == nil {
            explanations[sentence.topic, default: []].append(sentence)
        }
        self.explanations = explanations
    }

    /// Adds every sentence of `sections` (recursively); `loose` sentences of the part outside any section are added too.
    /// `topic` is the topic the enclosing titles name, if any.
    private static func collect(_ sections: [NarrativeSection], titles: [String], topic enclosingTopic: NarrativeTopic?,
                                part: Int?, narrative: Narrative, into result: inout [NarrativeFactSentence], loose: Range<Int>) {
        var covered = SentenceIndexSet()
        for section in sections {
            let path = titles + [section.title]
            // The outermost title that names a topic decides (`十、其他重要事项` names none, its `（一）机关运行经费…` does);
            // inner headings are often whole sentences (`1．因公出国（境）费预算为…`) and would mislead.
            let named = enclosingTopic ?? NarrativeTopic.named(by: section.title)
            var childCovered = SentenceIndexSet()
            collect(section.children, titles: path, topic: named, part: part, narrative: narrative, into: &result, loose: 0..<0)
            for child in section.children { childCovered.insert(contentsOf: child.sentenceIndices) }
            let topic = named ?? .other
            let first = section.sentenceIndices.lowerBound
            let headingText = first < narrative.sentences.count && narrative.sentences[first].startsAtHeading
                && narrative.sentences[first].range.start <= section.heading.lineRange.end
                ? narrative.sentences[first].text : section.title
            for i in section.sentenceIndices where !childCovered.contains(i) && i < narrative.sentences.count {
                let s = narrative.sentences[i]
                result.append(NarrativeFactSentence(index: i, sentence: s, part: part, topic: topic, titles: path,
                                                    sectionStart: section.range.start, mentions: s.mentions, headingText: headingText))
            }
            covered.insert(contentsOf: section.sentenceIndices)
        }
        for i in loose where !covered.contains(i) && i < narrative.sentences.count {
            let s = narrative.sentences[i]
            result.append(NarrativeFactSentence(index: i, sentence: s, part: part, topic: .other, titles: [],
                                                sectionStart: nil, mentions: s.mentions, headingText: ""))
        }
    }

    /// Sentences of part 3 (情况说明) or, when the report has no part headings, of every part.
    func explanation(_ topic: NarrativeTopic) -> [NarrativeFactSentence] {
        explanations[topic] ?? []
    }
}

/// A minimal sorted set of integers (sentence indices).
struct SentenceIndexSet {
    private var ranges: [Range<Int>] = []
    mutating func insert(contentsOf r: Range<Int>) { if !r.isEmpty { ranges.append(r) } }
    func contains(_ i: Int) -> Bool { ranges.contains { $0.contains(i) } }
}

extension NarrativeFacts {
    /// The year most headings name (`第二部分 2024年部门决算表`, `2024 年度部门决算情况说明`), when the tables state none.
    static func statedYear(_ narrative: Narrative) -> Int? {
        var counts: [Int: Int] = [:]
        for heading in narrative.headings {
            if case .part = heading.kind, let y = firstYear(in: heading.title) { counts[y, default: 0] += 1 }
        }
        return counts.max { ($0.value, -$0.key) < ($1.value, -$1.key) }?.key
    }

    /// The first `YYYY年` in `text` (spaces allowed before 年).
    static func firstYear(in text: String) -> Int? {
        let u = Array(text.utf8)
        var i = 0
        while i + 4 <= u.count {
            if (0..<4).allSatisfy({ u[i + $0] >= 0x30 && u[i + $0] <= 0x39 }), i == 0 || !(u[i - 1] >= 0x30 && u[i - 1] <= 0x39) {
                var j = i + 4
                while j < u.count, u[j] == 0x20 { j += 1 }
                if j + 3 <= u.count, u[j] == 0xE5, u[j + 1] == 0xB9, u[j + 2] == 0xB4 {   // 年
                    let y = u[i..<(i + 4)].reduce(0) { $0 * 10 + Int($1 - 0x30) }
                    if (1990...2199).contains(y) { return y }
                }
            }
            i += 1
        }
        return nil
    }
}
