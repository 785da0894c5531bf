; Rust has no catch clauses: errors are values.
