; Go has no catch clauses: errors are values.
