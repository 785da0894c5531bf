; The switches and maps of codes "missing cases" completes (captures: README.md).
(switch_statement value: (_) @subject body: (switch_body) @cases) @switch
(switch_section (constant_pattern) @label) @case
(switch_section "default") @default
; `code switch { 470 => …, _ => … }`: @arms, its new cases are arms too.
(switch_expression . (_) @subject) @switch @cases @arms
(switch_expression_arm . [(constant_pattern) (or_pattern)] @label) @case
; `_ => …`, not `_ when retries > 3 => …`, which is no clause for any other code.
(switch_expression_arm . (discard) . (_) .) @default
(initializer_expression (assignment_expression left: (element_binding_expression (argument (integer_literal) @key)) right: (string_literal))) @map
