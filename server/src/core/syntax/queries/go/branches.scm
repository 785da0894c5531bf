; A branch a code may be the case of: @label, a case's values (the switch's subject is
; switches.scm's); @test, an `if`'s condition. @body: the `if`'s block; a case clause holds its
; statements itself (Go's clauses do not fall through).
(expression_case value: (_) @label) @branch @body
(default_case "default" @label) @branch @body
(type_case) @branch @body
(communication_case) @branch @body
(if_statement condition: (_) @test consequence: (block) @body) @branch
