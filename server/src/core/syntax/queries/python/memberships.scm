; A test of whether @subject is in the collection @collection: `error.code in RETRYABLE_CODES`; `not in` is @negated (captures: README.md).
(comparison_operator (_) @subject operators: "in" (_) @collection) @test
(comparison_operator (_) @subject operators: "not in" (_) @collection) @test @negated
