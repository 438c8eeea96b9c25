import JSONRPC
@testable import LanguageServer
import Report
import XCTest

extension ServerHarness {
    /// A server with the real analyzer (name checks included), initialised in `encoding`,
    /// with the fixture report open and analysed.
    static func withReport(encoding: PositionEncoding = .utf16, text: String = ReportFixture.text,
                           options: JSONValue? = nil, locale: String? = nil,
                           capabilities: JSONValue? = nil) -> ServerHarness {
        var harness = ServerHarness(analyzer: ReportAnalyzer.standard())
        var client: [String: JSONValue] = capabilities?.objectValue ?? [:]
        client["general"] = ["positionEncodings": [.string(encoding.rawValue)]]
        harness.initialize(capabilities: .object(client), options: options, locale: locale)
        harness.open(ReportFixture.uri, text)
        harness.waitUntilIdle()
        return harness
    }

    /// Sends a request about the fixture document and returns its result.
    mutating func ask(_ method: String, _ params: [String: JSONValue] = [:], uri: String = ReportFixture.uri) -> JSONValue? {
        var all = params
        all["textDocument"] = ["uri": .string(uri)]
        let id = request(method, .object(all))
        waitUntilIdle()
        return result(id)
    }

    /// The Markdown of a hover at `needle` (its `occurrence`-th appearance, `offset` characters in),
    /// for a harness initialised in UTF-16.
    mutating func hoverMarkdown(at needle: String, occurrence: Int = 1, offset: Int = 0) -> String? {
        let at = ReportFixture.lspPosition(of: needle, occurrence: occurrence, offset: offset, encoding: .utf16)
        return hover(line: at.line, character: at.character)?.hoverMarkdown
    }

    /// Hovers at a position given in the harness's encoding.
    mutating func hover(line: Int, character: Int) -> JSONValue? {
        ask("textDocument/hover", ["position": ["line": .int(line), "character": .int(character)]])
    }
}

extension ReportFixture {
    static let uri = "file:///fixture/report.txt"

    /// The 0-based number of the `occurrence`-th line that is exactly `line`.
    static func line(_ line: String, occurrence: Int = 1) -> Int {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let matches = lines.indices.filter { lines[$0] == line }
        guard matches.count >= occurrence else {
            XCTFail("line \(line) not in the fixture")
            return 0
        }
        return matches[occurrence - 1]
    }

    /// The column of `needle` in `encoding`.
    static func lspPosition(of needle: String, occurrence: Int = 1, offset: Int = 0,
                            encoding: PositionEncoding) -> (line: Int, character: Int) {
        guard let p = position(of: needle, occurrence: occurrence, offset: offset) else {
            XCTFail("\(needle) not in the fixture")
            return (0, 0)
        }
        switch encoding {
        case .utf8: return (p.line, p.utf8)
        case .utf16: return (p.line, p.utf16)
        case .utf32: return (p.line, p.utf32)
        }
    }
}

extension JSONValue {
    /// The Markdown of a hover result.
    var hoverMarkdown: String? { self["contents"]?["value"]?.stringValue }
}
