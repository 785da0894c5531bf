; A branch a code may be the case of: @label, a case's value or a `match` arm's conditions (the
; subject is switches.scm's); @test, an `if`'s or `elseif`'s condition. @body: the `if`'s
; statement, the arm's value; a case holds its statements itself.
(case_statement value: (_) @label) @branch @body
(default_statement "default" @label) @branch @body
(match_conditional_expression conditional_expressions: (_) @label return_expression: (_) @body) @branch
(if_statement condition: (_) @test body: (_) @body) @branch
(else_if_clause condition: (_) @test body: (_) @body) @branch
