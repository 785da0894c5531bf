; The handlers of error codes "missing cases" completes: `@switch`, a switch statement (not one that
; maps to values) with its `@subject` and `@cases`, the node whose children its cases are; `@case`,
; a case with its `@label` (the pattern or labels, literal or named constants); `@default`, the
; clause for any other value. `@map`, a map of literal keys (`@key`) to strings. Read by handledCases.ts.
; A switch statement of labels with colons; one of arrows (`case 470 ->`) or used as a value is not completed.
(block (switch_expression condition: (parenthesized_expression (_) @subject) body: (switch_block) @cases) @switch)
(switch_block_statement_group (switch_label (_) @label)) @case
(switch_block_statement_group (switch_label "default")) @default
