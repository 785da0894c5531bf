; A test of whether @subject is in the collection @collection: `in_array($code, self::RETRYABLE)`, `array_key_exists($code, $retryDelays)` (captures: README.md).
(function_call_expression
  function: (name) @_in_array (#match? @_in_array "^(in_array|array_key_exists)$")
  arguments: (arguments . (argument (_) @subject) . (argument (_) @collection))) @test
