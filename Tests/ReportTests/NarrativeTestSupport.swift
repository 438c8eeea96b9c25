import XCTest
@testable import Report

/// Helpers shared by the narrative tests.
enum NarrativeTestSupport {
    static func parse(_ text: String) -> (bytes: [UInt8], narrative: Narrative) {
        let bytes = Array(text.utf8)
        return (bytes, NarrativeParser.parse(bytes))
    }

    static func source(_ bytes: [UInt8], _ range: SourceRange) -> String {
        String(decoding: bytes[range.range], as: UTF8.self)
    }

    /// The first sentence whose normalised text contains `fragment`.
    static func sentence(_ narrative: Narrative, containing fragment: String,
                         file: StaticString = #filePath, line: UInt = #line) throws -> NarrativeSentence {
        try XCTUnwrap(narrative.sentences.first { $0.text.contains(fragment) }, "no sentence contains \(fragment)", file: file, line: line)
    }
}
