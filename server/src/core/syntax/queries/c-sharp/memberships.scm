; A test of whether @subject is in the collection @collection: `Retryable.Contains(ex.Code)`, `RetryDelays.ContainsKey(code)` (captures: README.md).
(invocation_expression
  function: (member_access_expression expression: (_) @collection name: (identifier) @_contains (#match? @_contains "^(Contains|ContainsKey)$"))
  arguments: (argument_list . (argument (_) @subject) .)) @test
