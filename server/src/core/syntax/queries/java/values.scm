; @value: a value being built, where a code is produced, not handled: what a declaration or an
; assignment is given, or the arguments of what `new` constructs (captures: README.md).
(variable_declarator value: (_) @value)
(assignment_expression right: (_) @value)
(object_creation_expression arguments: (_) @value)
