; A test of whether @subject is in the collection @collection: `RETRYABLE.contains(&error.code)`, `RETRY_DELAYS.contains_key(&code)` (captures: README.md).
(call_expression
  function: (field_expression value: (_) @collection field: (field_identifier) @_contains (#match? @_contains "^(contains|contains_key)$"))
  arguments: (arguments . (_) @subject .)) @test
