// Placeholder: deterministic synthetic 决算 reports (fixtures, example, benchmark).
