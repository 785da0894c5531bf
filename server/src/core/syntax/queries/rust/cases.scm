; The switches and maps of codes "missing cases" completes (captures: README.md).
(match_expression value: (_) @subject body: (match_block) @cases) @switch
(match_arm pattern: (match_pattern (_) @label !condition)) @case
(match_arm pattern: (match_pattern "_" !condition)) @default
; `HashMap::from([(470, "…"), (131049, "…")])`, a BTreeMap too: a map of codes to messages.
(call_expression function: (scoped_identifier path: (identifier) @_type (#match? @_type "^(HashMap|BTreeMap)$") name: (identifier) @_from (#eq? @_from "from"))
  arguments: (arguments (array_expression (tuple_expression . (integer_literal) @key . (string_literal) .)))) @map
