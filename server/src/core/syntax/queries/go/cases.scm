; The handlers of error codes "missing cases" completes: `@switch`, a switch statement (not one that
; maps to values) with its `@subject` and `@cases`, the node whose children its cases are; `@case`,
; a case with its `@label` (the pattern or labels, literal or named constants); `@default`, the
; clause for any other value. `@map`, a map of literal keys (`@key`) to strings. Read by handledCases.ts.
(expression_switch_statement value: (_) @subject) @switch @cases
(expression_case value: (expression_list) @label) @case
(default_case) @default
(composite_literal type: (map_type) body: (literal_value (keyed_element key: (literal_element (int_literal) @key) value: (literal_element (interpreted_string_literal))))) @map
