; Where a literal stands for an error code, and what it is compared with or belongs to (captures: README.md).
(case value: (_) @subject (when pattern: (pattern [(integer) (string)] @code)))
(binary left: (_) @subject operator: ["==" "!="] right: [(integer) (string)] @code) @comparison
(binary left: [(integer) (string)] @code operator: ["==" "!="] right: (_) @subject) @comparison
; `[470, 1026].include?(error.code)`
(call receiver: (array (integer) @code) @members method: (identifier) @_include (#eq? @_include "include?")
  arguments: (argument_list . (_) @subject)) @test
(unary operator: "!" operand: (_) @negated)
(assignment left: (_) @name right: (array (integer) @code) @members)
(assignment left: (_) @name right: (hash (pair key: (integer) @code)) @members)
(array (integer) @code) @members
(hash (pair key: (integer) @code)) @members
