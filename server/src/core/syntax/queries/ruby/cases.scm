; The handlers of error codes "missing cases" completes: `@switch`, a switch statement (not one that
; maps to values) with its `@subject` and `@cases`, the node whose children its cases are; `@case`,
; a case with its `@label` (the pattern or labels, literal or named constants); `@default`, the
; clause for any other value. `@map`, a map of literal keys (`@key`) to strings. Read by handledCases.ts.
(case value: (_) @subject) @switch @cases
(when pattern: (pattern (_) @label)) @case
(case (else) @default)
(hash (pair key: (integer) @key value: (string))) @map
