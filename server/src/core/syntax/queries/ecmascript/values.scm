; @value: a value being built, where a code is produced, not handled: what a declaration, an
; assignment or a key is given, or the arguments of what `new` constructs (captures: README.md).
(variable_declarator value: (_) @value)
(assignment_expression right: (_) @value)
(pair value: (_) @value)
(pair key: (_) @value)
(new_expression arguments: (_) @value)
