; Where a literal stands for an error code, and what it is compared with or belongs to (captures: README.md).
(match_statement subject: (_) @subject
  body: (block (case_clause (case_pattern [(integer) (string)] @code))))
(match_statement subject: (_) @subject
  body: (block (case_clause (case_pattern (union_pattern [(integer) (string)] @code)))))
(comparison_operator (_) @subject operators: ["==" "!="] [(integer) (string)] @code) @comparison
(comparison_operator [(integer) (string)] @code operators: ["==" "!="] (_) @subject) @comparison
; `err.code in (470, 1026)`
(comparison_operator (_) @subject operators: "in" [(tuple (integer) @code) (list (integer) @code) (set (integer) @code)] @members) @test
(comparison_operator (_) @subject operators: "not in" [(tuple (integer) @code) (list (integer) @code) (set (integer) @code)] @members) @test @negated
(assignment left: (_) @name right: [(tuple (integer) @code) (list (integer) @code) (set (integer) @code)] @members)
(assignment left: (_) @name right: (call arguments: (argument_list [(tuple (integer) @code) (list (integer) @code) (set (integer) @code)] @members)))
(assignment left: (_) @name right: (dictionary (pair key: (integer) @code)) @members)
(assignment left: (_) @name right: (dictionary (ERROR (integer) @code)) @members)
[(tuple (integer) @code) (list (integer) @code) (set (integer) @code)] @members
(dictionary (pair key: (integer) @code)) @members
