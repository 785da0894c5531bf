; A branch a code may be the case of: @label, a `when`'s or an `in`'s pattern (the `case`'s subject is
; switches.scm's); @test, an `if`'s condition (not an `unless`'s: its branch is for the other codes). @body: its statements (absent for an empty `when`), or what a modifier runs.
(case
  (when pattern: (pattern) @label body: (then)? @body) @branch)
(case_match
  clauses: (in_clause pattern: (_) @label body: (then)? @body) @branch)
(if condition: (_) @test consequence: (then)? @body) @branch
(elsif condition: (_) @test consequence: (then)? @body) @branch
(if_modifier body: (_) @body condition: (_) @test) @branch
