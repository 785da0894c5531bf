; The switches and maps of codes "missing cases" completes (captures: README.md).
; A switch statement of labels with colons; one of arrows (`case 470 ->`) or used as a value is not completed.
(block (switch_expression condition: (parenthesized_expression (_) @subject) body: (switch_block) @cases) @switch)
(switch_block_statement_group (switch_label (_) @label)) @case
(switch_block_statement_group (switch_label "default")) @default
