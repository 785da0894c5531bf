; The switches and maps of codes "missing cases" completes (captures: README.md).
(switch_statement value: (parenthesized_expression (_) @subject) body: (switch_body) @cases) @switch
(switch_case value: (_) @label) @case
(switch_default) @default
(object (pair key: (number) @key value: (string))) @map
