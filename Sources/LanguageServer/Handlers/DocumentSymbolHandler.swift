import JSONRPC
import Report

/// `textDocument/documentSymbol`: the outline — parts → sections and tables → 类 rows (under
/// one entry per department when a volume holds several). Hierarchical `DocumentSymbol`s, or
/// flat `SymbolInformation`s for clients that do not support the hierarchy.
struct DocumentSymbolHandler: RequestHandler {
    let method = "textDocument/documentSymbol"

    func capabilities(for client: ClientCapabilities, settings: ServerSettings) -> [String: JSONValue]? {
        ["documentSymbolProvider": ["label": .string(LanguageServer.name)]]
    }

    func handle(id: RequestID, params: Params, server: LanguageServer) throws(ResponseError) -> RequestReply {
        let uri = try params.required("textDocument").required("uri").string()
        let hierarchical = server.client.raw["textDocument"]?["documentSymbol"]?["hierarchicalDocumentSymbolSupport"]?.boolValue ?? false
        return server.replyWithCurrentAnalysis(uri: uri, id: id, fallback: []) { [server] snapshot in
            guard let analysis = snapshot.reportAnalysis else { return [] }
            let symbols = DocumentOutline.symbols(analysis, locale: server.settings.locale)
            let converter = snapshot.converter
            if hierarchical { return .array(symbols.map { Self.json($0, converter) }) }
            var flat: [JSONValue] = []
            Self.flatten(symbols, container: nil, uri: uri, converter, into: &flat)
            return .array(flat)
        }
    }

    static func json(_ symbol: OutlineSymbol, _ converter: PositionConverter) -> JSONValue {
        var members: [String: JSONValue] = [
            "name": .string(symbol.name),
            "kind": .int(symbol.kind.rawValue),
            "range": converter.json(symbol.range),
            "selectionRange": converter.json(symbol.selectionRange),
        ]
        if let detail = symbol.detail { members["detail"] = .string(detail) }
        if !symbol.children.isEmpty { members["children"] = .array(symbol.children.map { json($0, converter) }) }
        return .object(members)
    }

    static func flatten(_ symbols: [OutlineSymbol], container: String?, uri: String, _ converter: PositionConverter,
                        into result: inout [JSONValue]) {
        for symbol in symbols {
            var members: [String: JSONValue] = [
                "name": .string(symbol.name),
                "kind": .int(symbol.kind.rawValue),
                "location": ["uri": .string(uri), "range": converter.json(symbol.range)],
            ]
            if let container { members["containerName"] = .string(container) }
            result.append(.object(members))
            flatten(symbol.children, container: symbol.name, uri: uri, converter, into: &result)
        }
    }
}
