; A branch a code may be the case of: @label, a switch section's or a switch expression's arm's
; pattern (the switch's subject is switches.scm's); @test, an `if`'s condition or a catch's filter.
; @body: the `if`'s statement, the catch's block, the arm's value; a section holds its statements itself.
(switch_section "case" . (_) @label) @branch @body
(switch_section "default" @label) @branch @body
(switch_expression_arm . (_) @label (_) @body .) @branch
(if_statement condition: (_) @test consequence: (_) @body) @branch
(catch_clause (catch_filter_clause (_) @test) body: (block) @body) @branch
