; A test of whether @subject is in the collection @collection: `RETRYABLE.has(err.code)`, `RETRYABLE_CODES.includes(code)` (captures: README.md).
(call_expression
  function: (member_expression object: (_) @collection property: (property_identifier) @_has (#match? @_has "^(has|includes)$"))
  arguments: (arguments . (_) @subject .)) @test
