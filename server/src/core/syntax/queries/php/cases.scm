; The switches and maps of codes "missing cases" completes (captures: README.md).
(switch_statement condition: (parenthesized_expression (_) @subject) body: (switch_block) @cases) @switch
(case_statement value: (_) @label) @case
(default_statement) @default
; `match ($code) { 470 => …, default => … }`: @arms, its new cases are arms too. Not `match (true)`,
; whose arms are conditions (`$code === 131056 => …`), where a code is no arm of its own.
(match_expression condition: (parenthesized_expression (_) @subject (#not-match? @subject "^[Tt][Rr][Uu][Ee]$")) body: (match_block) @cases) @switch @arms
(match_conditional_expression conditional_expressions: (match_condition_list) @label) @case
(match_default_expression) @default
(array_creation_expression (array_element_initializer . (integer) @key . (string))) @map
