; A branch a code may be the case of: @label, a `match` arm's pattern (the `match`'s subject is
; switches.scm's); @test, an `if`'s condition. @body: the arm's value or the `if`'s block.
(match_expression
  body: (match_block (match_arm pattern: (match_pattern) @label value: (_) @body) @branch))
(if_expression condition: (_) @test consequence: (block) @body) @branch
