; Where a literal stands for an error code, and what it is compared with or belongs to (captures: README.md).
(expression_switch_statement value: (_) @subject
  (expression_case value: (expression_list [(int_literal) (interpreted_string_literal)] @code)))
(binary_expression left: (_) @subject operator: ["==" "!="] right: [(int_literal) (interpreted_string_literal)] @code) @comparison
(binary_expression left: [(int_literal) (interpreted_string_literal)] @code operator: ["==" "!="] right: (_) @subject) @comparison
(short_var_declaration left: (expression_list . (_) @name)
  right: (expression_list (composite_literal body: (literal_value [(literal_element (int_literal) @code) (keyed_element key: (literal_element (int_literal) @code))]) @members)))
(var_spec name: (_) @name
  value: (expression_list (composite_literal body: (literal_value [(literal_element (int_literal) @code) (keyed_element key: (literal_element (int_literal) @code))]) @members)))
(composite_literal body: (literal_value [(literal_element (int_literal) @code) (keyed_element key: (literal_element (int_literal) @code))]) @members)
; A membership @test: `slices.Contains([]int{470, 1026}, apiErr.Code)`.
(call_expression
  function: (selector_expression field: (field_identifier) @_contains (#eq? @_contains "Contains"))
  arguments: (argument_list . (composite_literal body: (literal_value (literal_element (int_literal) @code)) @members) . (_) @subject)) @test
(unary_expression operator: "!" operand: (_) @negated)
