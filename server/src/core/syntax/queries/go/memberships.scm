; A test of whether @subject is in the collection @collection: `slices.Contains(retryable, apiErr.Code)`, and a map of booleans
; indexed where a condition is read (`if retryable[code]`, `!retryable[code]`, an operand of `&&`/`||`) (captures: README.md).
(call_expression
  function: (selector_expression operand: (identifier) @_slices (#eq? @_slices "slices") field: (field_identifier) @_contains (#eq? @_contains "Contains"))
  arguments: (argument_list . (_) @collection . (_) @subject .)) @test
(if_statement condition: (index_expression operand: (_) @collection index: (_) @subject) @test)
(unary_expression operator: "!" operand: (index_expression operand: (_) @collection index: (_) @subject) @test)
(binary_expression left: (index_expression operand: (_) @collection index: (_) @subject) @test operator: ["&&" "||"])
(binary_expression operator: ["&&" "||"] right: (index_expression operand: (_) @collection index: (_) @subject) @test)
