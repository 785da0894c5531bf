; Where a literal stands for an error code, and what it is compared with or belongs to (captures: README.md).
(switch_statement value: (_) @subject
  body: (switch_body (switch_section (constant_pattern [(integer_literal) (string_literal)] @code))))
(switch_expression . (_) @subject (switch_expression_arm . (constant_pattern (integer_literal) @code)))
(switch_expression . (_) @subject (switch_expression_arm . (or_pattern (constant_pattern (integer_literal) @code))))
(switch_expression . (_) @subject (switch_expression_arm . (or_pattern (or_pattern (constant_pattern (integer_literal) @code)))))
(binary_expression left: (_) @subject operator: ["==" "!="] right: [(integer_literal) (string_literal)] @code) @comparison
(binary_expression left: [(integer_literal) (string_literal)] @code operator: ["==" "!="] right: (_) @subject) @comparison
; `new HashSet<int> { 470, 1026 }`, `int[] codes = { 470 }`, `{ [470] = "…" }`, `{ { 470, "…" } }`
(variable_declarator name: (_) @name
  [(object_creation_expression initializer: (initializer_expression [(integer_literal) @code
      (assignment_expression left: (element_binding_expression (argument (integer_literal) @code)))
      (initializer_expression . (integer_literal) @code)]) @members)
   (initializer_expression (integer_literal) @code) @members
   (array_creation_expression (initializer_expression (integer_literal) @code) @members)])
; A membership @test: `new[] { 470, 1026 }.Contains(ex.Code)`, `new HashSet<int> { 470 }.Contains(…)`.
(invocation_expression
  function: (member_access_expression
    expression: [(implicit_array_creation_expression (initializer_expression (integer_literal) @code) @members)
                 (array_creation_expression (initializer_expression (integer_literal) @code) @members)
                 (object_creation_expression initializer: (initializer_expression (integer_literal) @code) @members)]
    name: (identifier) @_contains (#eq? @_contains "Contains"))
  arguments: (argument_list . (argument (_) @subject))) @test
(prefix_unary_expression "!" (_) @negated)
