import JSONRPC

/// `initialized`: asks the client for its settings when it can answer `workspace/configuration`.
struct InitializedHandler: NotificationHandler {
    let method = "initialized"

    func handle(params: Params, server: LanguageServer) throws(ResponseError) {
        server.fetchConfiguration()
    }
}

/// `exit`: ends the process, with code 0 after `shutdown` and 1 otherwise.
struct ExitHandler: NotificationHandler {
    let method = "exit"

    func handle(params: Params, server: LanguageServer) throws(ResponseError) {
        server.exit(server.lifecycle == .shutDown ? 0 : 1)
    }
}
