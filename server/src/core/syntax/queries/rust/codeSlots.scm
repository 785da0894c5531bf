; Where a literal stands for an error code, and what it is compared with or belongs to (captures: README.md).
(match_expression value: (_) @subject
  body: (match_block (match_arm pattern: (match_pattern [(integer_literal) (string_literal)] @code))))
(match_expression value: (_) @subject
  body: (match_block (match_arm pattern: (match_pattern (or_pattern [(integer_literal) (string_literal)] @code)))))
(match_expression value: (_) @subject
  body: (match_block (match_arm pattern: (match_pattern (or_pattern (or_pattern [(integer_literal) (string_literal)] @code))))))
; An arm being typed above another: the parser sets the number aside.
(match_expression value: (_) @subject body: (match_block (ERROR (integer_literal) @code)))
(binary_expression left: (_) @subject operator: ["==" "!="] right: [(integer_literal) (string_literal)] @code) @comparison
(binary_expression left: [(integer_literal) (string_literal)] @code operator: ["==" "!="] right: (_) @subject) @comparison
; `status.get("status").and_then(Value::as_str) == Some("failed")`: an Option compared with one.
(binary_expression left: (_) @subject operator: ["==" "!="] right: (call_expression function: (identifier) @_some (#eq? @_some "Some") arguments: (arguments . [(integer_literal) (string_literal)] @code .))) @comparison
(let_declaration pattern: (_) @name value: (array_expression (integer_literal) @code) @members)
(let_declaration pattern: (_) @name value: (reference_expression value: (array_expression (integer_literal) @code) @members))
(const_item name: (_) @name value: [(array_expression (integer_literal) @code) @members (reference_expression value: (array_expression (integer_literal) @code) @members)])
(static_item name: (_) @name value: [(array_expression (integer_literal) @code) @members (reference_expression value: (array_expression (integer_literal) @code) @members)])
(array_expression (integer_literal) @code) @members
