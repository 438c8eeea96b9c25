// Placeholder: the subject-code catalog (issue 6).
