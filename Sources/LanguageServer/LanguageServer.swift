// Placeholder: the language server (issue 2).
