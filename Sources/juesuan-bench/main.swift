// Placeholder; the benchmark arrives with issue 9.
print("juesuan-bench: not yet implemented")
