// Placeholder: the JSON-RPC transport (issue 2).
