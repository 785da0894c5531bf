; Where a literal stands for an error code, and what it is compared with or belongs to (captures: README.md).
(switch_expression condition: (parenthesized_expression (_) @subject)
  body: (switch_block [(switch_block_statement_group (switch_label [(decimal_integer_literal) (string_literal)] @code))
                      (switch_rule (switch_label [(decimal_integer_literal) (string_literal)] @code))]))
; A label being typed above another: the parser sets the number aside.
(switch_expression condition: (parenthesized_expression (_) @subject)
  body: (switch_block (switch_block_statement_group (switch_label (ERROR (decimal_integer_literal) @code)))))
(binary_expression left: (_) @subject operator: ["==" "!="] right: (decimal_integer_literal) @code) @comparison
(binary_expression left: (decimal_integer_literal) @code operator: ["==" "!="] right: (_) @subject) @comparison
; `Set.of(470, 1026)`, `List.of(…)`, `Map.of(470, "…")`, `new int[] {470, 1026}`
(variable_declarator name: (_) @name value: (method_invocation arguments: (argument_list (decimal_integer_literal) @code) @members))
(variable_declarator name: (_) @name value: (array_creation_expression value: (array_initializer (decimal_integer_literal) @code) @members))
(variable_declarator name: (_) @name value: (array_initializer (decimal_integer_literal) @code) @members)
; A membership @test: `Set.of(470, 1026).contains(e.getCode())`, `List.of(…)`, `Arrays.asList(…)`.
(method_invocation
  object: (method_invocation arguments: (argument_list (decimal_integer_literal) @code) @members)
  name: (identifier) @_contains (#eq? @_contains "contains")
  arguments: (argument_list . (_) @subject)) @test
(unary_expression operator: "!" operand: (_) @negated)
; `"failed".equals(status.getStatus())`, `code.equals("470")`: Java compares strings by a method, not by `==`.
(method_invocation object: (_) @subject name: (identifier) @_equals (#match? @_equals "^equals(IgnoreCase)?$") arguments: (argument_list . (string_literal) @code .)) @comparison
(method_invocation object: (string_literal) @code name: (identifier) @_equals (#match? @_equals "^equals(IgnoreCase)?$") arguments: (argument_list . (_) @subject .)) @comparison
