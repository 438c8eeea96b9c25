import JSONRPC

/// `initialize`: negotiates the position encoding, reads settings, and answers
/// with `serverInfo` and exactly the capabilities the registry implements.
struct InitializeHandler: RequestHandler {
    let method = "initialize"

    func handle(id: RequestID, params: Params, server: LanguageServer) throws(ResponseError) -> RequestReply {
        guard server.lifecycle == .uninitialized else { throw .invalidRequest("initialize may only be sent once") }
        guard case .object = params.value else { throw params.error("an object") }
        let capabilities = try params.optional("capabilities")
        if let capabilities { _ = try capabilities.object() }
        let client = ClientCapabilities(capabilities?.value ?? .object([:]))
        server.client = client
        server.encoding = client.negotiatedEncoding
        if let locale = try params.optional("locale") { server.settings.merge(["locale": .string(try locale.string())]) }
        if let options = try params.optional("initializationOptions") {
            for warning in server.settings.merge(options.value) { server.log("initializationOptions: \(warning)") }
        }
        server.lifecycle = .running
        var capabilitiesResult = server.registry.capabilities(for: client, settings: server.settings)
        capabilitiesResult["positionEncoding"] = .string(server.encoding.rawValue)
        server.log("initialized: position encoding \(server.encoding.rawValue), locale \(server.settings.locale.rawValue)")
        return .result([
            "capabilities": .object(capabilitiesResult),
            "serverInfo": ["name": .string(LanguageServer.name), "version": .string(LanguageServer.version)],
        ])
    }
}
