import JSONRPC

/// `initialized`: nothing to do; the server is ready since `initialize`.
struct InitializedHandler: NotificationHandler {
    let method = "initialized"

    func handle(params: Params, server: LanguageServer) throws(ResponseError) {}
}

/// `exit`: ends the process, with code 0 after `shutdown` and 1 otherwise.
struct ExitHandler: NotificationHandler {
    let method = "exit"

    func handle(params: Params, server: LanguageServer) throws(ResponseError) {
        server.exit(server.lifecycle == .shutDown ? 0 : 1)
    }
}
