; Where a literal stands for an error code, and what it is compared with or belongs to (captures: README.md).
(switch_statement condition: (parenthesized_expression (_) @subject)
  body: (switch_block (case_statement value: [(integer) (string)] @code)))
; A label being typed above another: the parser sets the number aside.
(switch_statement condition: (parenthesized_expression (_) @subject)
  body: (switch_block (case_statement (ERROR (integer) @code))))
(match_expression condition: (parenthesized_expression (_) @subject)
  body: (match_block (match_conditional_expression conditional_expressions: (match_condition_list [(integer) (string)] @code))))
(binary_expression left: (_) @subject operator: ["===" "==" "!==" "!="] right: [(integer) (string)] @code) @comparison
(binary_expression left: [(integer) (string)] @code operator: ["===" "==" "!==" "!="] right: (_) @subject) @comparison
; `in_array($code, [470, 1026])`
(function_call_expression function: (name) @_in_array (#eq? @_in_array "in_array")
  arguments: (arguments . (argument (_) @subject) . (argument (array_creation_expression (array_element_initializer . (integer) @code)) @members))) @test
(unary_op_expression "!" (_) @negated)
(assignment_expression left: (_) @name right: (array_creation_expression (array_element_initializer . (integer) @code)) @members)
(const_element (name) @name (array_creation_expression (array_element_initializer . (integer) @code)) @members)
(array_creation_expression (array_element_initializer . (integer) @code)) @members
