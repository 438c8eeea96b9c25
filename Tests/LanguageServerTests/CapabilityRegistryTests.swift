import JSONRPC
@testable import LanguageServer
import XCTest

/// Every advertised capability has a handler, and every handler's capability is advertised.
final class CapabilityRegistryTests: XCTestCase {
    /// From the LSP 3.17 specification: which methods a server capability promises.
    static let methodsOfCapability: [String: [String]] = [
        "textDocumentSync": ["textDocument/didOpen", "textDocument/didChange", "textDocument/didClose"],
        "diagnosticProvider": ["textDocument/diagnostic"],
        "codeActionProvider": ["textDocument/codeAction"],
        "hoverProvider": ["textDocument/hover"],
        "completionProvider": ["textDocument/completion"],
        "documentSymbolProvider": ["textDocument/documentSymbol"],
        "foldingRangeProvider": ["textDocument/foldingRange"],
        "definitionProvider": ["textDocument/definition"],
        "referencesProvider": ["textDocument/references"],
        "documentFormattingProvider": ["textDocument/formatting"],
        "codeLensProvider": ["textDocument/codeLens"],
        "inlayHintProvider": ["textDocument/inlayHint"],
        "semanticTokensProvider": ["textDocument/semanticTokens/full"],
        "workspaceSymbolProvider": ["workspace/symbol"],
        "executeCommandProvider": ["workspace/executeCommand"],
        "renameProvider": ["textDocument/rename"],
        "signatureHelpProvider": ["textDocument/signatureHelp"],
        "documentHighlightProvider": ["textDocument/documentHighlight"],
        "documentLinkProvider": ["textDocument/documentLink"],
        "selectionRangeProvider": ["textDocument/selectionRange"],
    ]

    /// A client that supports everything the server might offer.
    static let fullClient: JSONValue = [
        "general": ["positionEncodings": ["utf-8", "utf-16"]],
        "textDocument": ["diagnostic": ["dynamicRegistration": false], "codeAction": [:], "publishDiagnostics": ["relatedInformation": true]],
        "workspace": ["diagnostics": ["refreshSupport": true]],
    ]

    func testAdvertisedCapabilitiesAndHandlersMatch() throws {
        var harness = ServerHarness()
        let capabilities = try XCTUnwrap(harness.initialize(capabilities: Self.fullClient)?["capabilities"]?.objectValue)
        let registry = HandlerRegistry.standard
        let implemented = Set(registry.requests.keys).union(registry.notifications.keys)
        for key in capabilities.keys where key != "positionEncoding" {
            let methods = try XCTUnwrap(Self.methodsOfCapability[key], "advertised \(key) is not in the table")
            for method in methods { XCTAssertTrue(implemented.contains(method), "\(key) is advertised but \(method) has no handler") }
        }
        for (key, methods) in Self.methodsOfCapability where methods.contains(where: implemented.contains) {
            XCTAssertNotNil(capabilities[key], "\(methods) are handled but \(key) is not advertised")
        }
        if case .object(let sync)? = capabilities["textDocumentSync"] {
            XCTAssertEqual(sync["change"], 2)
            XCTAssertEqual(sync["openClose"], true)
            XCTAssertEqual(sync["save"] != nil, implemented.contains("textDocument/didSave"))
        } else {
            XCTFail("textDocumentSync must be an object")
        }
    }

    func testEveryHandlerContributesOnlyWhatItImplements() {
        let client = ClientCapabilities(Self.fullClient)
        for handler in HandlerRegistry.standard.requests.values {
            for key in handler.capabilities(for: client, settings: ServerSettings())?.keys ?? [:].keys {
                XCTAssertEqual(Self.methodsOfCapability[key], [handler.method])
            }
        }
        for handler in HandlerRegistry.standard.notifications.values {
            for key in handler.capabilities(for: client, settings: ServerSettings())?.keys ?? [:].keys {
                XCTAssertEqual(key, "textDocumentSync", handler.method)
            }
        }
    }
}
