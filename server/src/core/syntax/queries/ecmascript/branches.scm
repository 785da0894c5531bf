; A branch a code may be the case of: @label, a `case`'s value (the switch's subject is
; switches.scm's); @test, an `if`'s condition. @body: the `if`'s statement; a case clause holds its
; statements itself. `default` is a @branch without a code, so that an empty case stacked on it shares its statements.
(switch_case value: (_) @label) @branch @body
(switch_default "default" @label) @branch @body
(if_statement condition: (_) @test consequence: (_) @body) @branch
