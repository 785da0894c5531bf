; Where a literal stands for an error code, and what it is compared with or belongs to (captures: README.md).
(switch_statement
  value: (parenthesized_expression (_) @subject)
  body: (switch_body (switch_case value: [(number) (string)] @code)))
; A label being typed above another (`case 13|` then `default:`): the parser sets the number aside.
(switch_statement
  value: (parenthesized_expression (_) @subject)
  body: (switch_body (switch_case (ERROR (number) @code))))
(binary_expression left: (_) @subject operator: ["===" "==" "!==" "!="] right: [(number) (string)] @code) @comparison
(binary_expression left: [(number) (string)] @code operator: ["===" "==" "!==" "!="] right: (_) @subject) @comparison
; A membership @test: `[470, 1026].includes(err.code)`, `new Set([470, 1026]).has(err.code)`.
(call_expression
  function: (member_expression object: (array [(number) (string)] @code) @members property: (property_identifier) @_includes (#eq? @_includes "includes"))
  arguments: (arguments . (_) @subject)) @test
(call_expression
  function: (member_expression object: (new_expression arguments: (arguments . (array [(number) (string)] @code) @members)) property: (property_identifier) @_has (#eq? @_has "has"))
  arguments: (arguments . (_) @subject)) @test
(unary_expression operator: "!" argument: (_) @negated)
(variable_declarator name: (_) @name value: (array (number) @code) @members)
(variable_declarator name: (_) @name value: (new_expression arguments: (arguments (array (number) @code) @members)))
(variable_declarator name: (_) @name value: (object (pair key: (number) @code)) @members)
; A key being typed before its value: `{ 470: 'x', 13| }`.
(variable_declarator name: (_) @name value: (object (ERROR (number) @code)) @members)
(array (number) @code) @members
(object (pair key: (number) @code)) @members
