; A branch a code may be the case of: @label, a case's label (the switch's subject is switches.scm's);
; @test, an `if`'s condition. @body: the `if`'s statement, an arrow case's block or value; a colon
; case holds its statements itself.
(switch_block_statement_group (switch_label) @label) @branch @body
(switch_rule (switch_label) @label [(block) (expression_statement) (throw_statement)] @body) @branch
(if_statement condition: (_) @test consequence: (_) @body) @branch
