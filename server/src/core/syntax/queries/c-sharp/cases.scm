; The handlers of error codes "missing cases" completes: `@switch`, a switch statement (not one that
; maps to values) with its `@subject` and `@cases`, the node whose children its cases are; `@case`,
; a case with its `@label` (the pattern or labels, literal or named constants); `@default`, the
; clause for any other value. `@map`, a map of literal keys (`@key`) to strings. Read by handledCases.ts.
(switch_statement value: (_) @subject body: (switch_body) @cases) @switch
(switch_section (constant_pattern) @label) @case
(switch_section "default") @default
