import Catalog
import JSONRPC

/// Small helpers for the Markdown of hovers.
enum Markdown {
    /// Escapes the characters Markdown would interpret, so names render as written.
    static func escaped(_ text: some StringProtocol) -> String {
        CodeHoverText.escaped(String(text))
    }

    /// An LSP `Hover` with Markdown contents over `range`.
    static func hover(_ markdown: String, range: JSONValue) -> JSONValue {
        ["contents": ["kind": "markdown", "value": .string(markdown)], "range": range]
    }
}
