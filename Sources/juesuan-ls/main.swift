// Placeholder entry point; replaced by the server foundation (issue 2).
print("juesuan-ls: not yet implemented")
