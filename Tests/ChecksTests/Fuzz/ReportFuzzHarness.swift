// The report fuzz target's harness: arbitrary bytes as a report text, into the
// parsers and the checks. Shared by the libFuzzer entry (Fuzz/report/main.swift,
// built by Fuzz/run.sh) and by ReportFuzzCorpusTests, which replays the corpus.
//
// Checked properties, besides "no crash, no hang, no sanitizer report":
// - the report parser accepts any bytes; every report, table, row and cell range
//   lies inside the text; `location(at:)` answers at any offset;
// - every rule runs (`Checker` with the full registry, with and without rounding
//   hints); every finding's range, related range and fix range lies inside the text;
// - the narrative parser accepts any bytes (also invalid UTF-8) and every range it
//   returns lies inside the text, in order;
// - queries at every offset (sentence, mention, part, section path) stay inside the text.
import Checks
import Report

/// A property a fuzz input broke.
struct ReportFuzzFailure: Error, CustomStringConvertible {
    let description: String
}

enum ReportFuzzHarness {
    static func require(_ condition: Bool, _ message: @autoclosure () -> String) throws(ReportFuzzFailure) {
        if !condition { throw ReportFuzzFailure(description: message()) }
    }

    /// Regions of a text: its paragraphs (split at blank lines), as a report's non-table parts would be.
    static func paragraphs(_ bytes: [UInt8]) -> [SourceRange] {
        var regions: [SourceRange] = []
        var start = 0, k = 0
        while k + 1 < bytes.count {
            if bytes[k] == 0x0A, bytes[k + 1] == 0x0A {
                regions.append(SourceRange(start: start, end: k + 1))
                start = k + 2
                k += 2
            } else {
                k += 1
            }
        }
        regions.append(SourceRange(start: min(start, bytes.count), end: bytes.count))
        return regions
    }

    static func checkInside(_ range: SourceRange, _ count: Int, _ what: String) throws(ReportFuzzFailure) {
        try require(range.start >= 0 && range.start <= range.end && range.end <= count, "\(what) \(range) outside 0..<\(count)")
    }

    static func checkNarrative(_ narrative: Narrative, _ bytes: [UInt8]) throws(ReportFuzzFailure) {
        for block in narrative.blocks { try checkInside(block.region, bytes.count, "block region") }
        var previousEnd = 0
        for sentence in narrative.sentences {
            try checkInside(sentence.range, bytes.count, "sentence")
            try require(sentence.range.start >= previousEnd, "sentences out of order at \(sentence.range)")
            previousEnd = sentence.range.end
        }
        for mention in narrative.mentions {
            try checkInside(mention.range, bytes.count, "mention")
            try checkInside(mention.numberRange, bytes.count, "mention number")
        }
        for heading in narrative.headings { try checkInside(heading.lineRange, bytes.count, "heading") }
    }

    /// Runs one input; returns the first property it breaks, nil when none.
    static func run(_ bytes: [UInt8]) -> String? {
        do {
            try check(bytes)
            return nil
        } catch {
            return error.description
        }
    }

    static func check(_ bytes: [UInt8]) throws(ReportFuzzFailure) {
        let document = ReportDocument.parse(bytes)
        for report in document.reports {
            try checkInside(report.range, bytes.count, "report")
            for table in report.tables {
                try checkInside(table.range, bytes.count, "table")
                try checkInside(table.titleRange, bytes.count, "table title")
                for row in table.rows {
                    try checkInside(row.range, bytes.count, "row")
                    for cell in row.cells { try checkInside(cell.range, bytes.count, "cell") }
                }
            }
            try checkNarrative(report.narrative, bytes)
        }
        for options in [CheckOptions(), CheckOptions(reportRounding: true)] {
            for finding in Checker(options: options).check(document).findings {
                try checkInside(finding.range, bytes.count, "\(finding.code) finding")
                for related in finding.related { try checkInside(related.range, bytes.count, "\(finding.code) related") }
                for fix in finding.fixes {
                    for replacement in fix.replacements { try checkInside(replacement.range, bytes.count, "\(finding.code) fix") }
                }
            }
        }
        for offset in stride(from: 0, through: bytes.count, by: max(1, bytes.count / 16)) {
            _ = document.location(at: offset)
        }

        let whole = NarrativeParser.parse(bytes)
        try checkNarrative(whole, bytes)
        let regions = paragraphs(bytes)
        let narrative = NarrativeParser.parse(bytes, regions: regions)
        try checkNarrative(narrative, bytes)
        for offset in stride(from: 0, through: bytes.count, by: max(1, bytes.count / 16)) {
            if let sentence = narrative.sentence(at: offset) { try checkInside(sentence.range, bytes.count, "sentence(at:)") }
            if let mention = narrative.mention(at: offset) { try checkInside(mention.range, bytes.count, "mention(at:)") }
            _ = narrative.part(at: offset)
            _ = narrative.sectionPath(at: offset)
        }
    }
}
