; A branch a code may be the case of: @label, a `case`'s pattern (the `match`'s subject is
; switches.scm's); @test, an `if`'s or `elif`'s condition. @body: its block.
(match_statement
  body: (block (case_clause (case_pattern) @label consequence: (block) @body) @branch))
(if_statement condition: (_) @test consequence: (block) @body) @branch
(elif_clause condition: (_) @test consequence: (block) @body) @branch
