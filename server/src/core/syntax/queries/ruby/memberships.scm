; A test of whether @subject is in the collection @collection: `RETRYABLE_CODES.include?(error.code)`, `.member?`, `.key?` (captures: README.md).
(call
  receiver: (_) @collection
  method: (identifier) @_include (#match? @_include "^(include|member|key|has_key)\\?$")
  arguments: (argument_list . (_) @subject .)) @test
