; The switches and maps of codes "missing cases" completes (captures: README.md).
(expression_switch_statement value: (_) @subject) @switch @cases
(expression_case value: (expression_list) @label) @case
(default_case) @default
(composite_literal type: (map_type) body: (literal_value (keyed_element key: (literal_element (int_literal) @key) value: (literal_element (interpreted_string_literal))))) @map
