; @value: a value being built, where a code is produced, not handled: what a declaration or an
; assignment is given, or what `new` constructs (captures: README.md).
(variable_declarator (_) @value)
(assignment_expression right: (_) @value)
(object_creation_expression) @value
(implicit_object_creation_expression) @value
