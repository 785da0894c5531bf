; The switches and maps of codes "missing cases" completes (captures: README.md).
(switch_statement condition: (parenthesized_expression (_) @subject) body: (switch_block) @cases) @switch
(case_statement value: (_) @label) @case
(default_statement) @default
; `match ($code) { 470 => …, default => … }`: @arms, its new cases are arms too.
(match_expression condition: (parenthesized_expression (_) @subject) body: (match_block) @cases) @switch @arms
(match_conditional_expression conditional_expressions: (match_condition_list) @label) @case
(match_default_expression) @default
(array_creation_expression (array_element_initializer . (integer) @key . (string))) @map
