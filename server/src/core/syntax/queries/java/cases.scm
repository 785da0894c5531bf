; The switches and maps of codes "missing cases" completes (captures: README.md).
; A switch statement of labels with colons (one used as a value, which yields, is not completed);
; one of arrows (`case 470 ->`), a statement or a value, with @arms: its new cases are arms too.
(block (switch_expression condition: (parenthesized_expression (_) @subject) body: (switch_block . (switch_block_statement_group)) @cases) @switch)
(switch_block_statement_group (switch_label (_) @label)) @case
(switch_block_statement_group (switch_label "default")) @default
(switch_expression condition: (parenthesized_expression (_) @subject) body: (switch_block . (switch_rule)) @cases) @switch @arms
(switch_rule (switch_label (_) @label)) @case
(switch_rule (switch_label "default")) @default
; `Map.of(470, "…", 131049, "…")`, @bounded (it takes 10 pairs at most), and `Map.ofEntries(Map.entry(470, "…"), …)`: maps of codes to messages.
(method_invocation object: (identifier) @_map (#eq? @_map "Map") name: (identifier) @_of (#eq? @_of "of")
  arguments: (argument_list (decimal_integer_literal) @key . (string_literal))) @map @bounded
(method_invocation object: (identifier) @_map (#eq? @_map "Map") name: (identifier) @_of (#eq? @_of "ofEntries")
  arguments: (argument_list (method_invocation name: (identifier) @_entry (#eq? @_entry "entry") arguments: (argument_list . (decimal_integer_literal) @key . (string_literal) .)))) @map
