; The switches and maps of codes "missing cases" completes (captures: README.md).
(switch_statement condition: (parenthesized_expression (_) @subject) body: (switch_block) @cases) @switch
(case_statement value: (_) @label) @case
(default_statement) @default
(array_creation_expression (array_element_initializer . (integer) @key . (string))) @map
