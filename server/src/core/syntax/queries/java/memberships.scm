; A test of whether @subject is in the collection @collection: `RETRYABLE.contains(e.getCode())`, `RETRY_DELAYS.containsKey(code)` (captures: README.md).
(method_invocation
  object: (_) @collection
  name: (identifier) @_contains (#match? @_contains "^(contains|containsKey)$")
  arguments: (argument_list . (_) @subject .)) @test
