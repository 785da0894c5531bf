; @value: a value being built, where a code is produced, not handled: what an assignment, a
; constant or an array's key is given, or the arguments of what `new` constructs (captures: README.md).
(assignment_expression right: (_) @value)
(const_element (_) @value)
(array_element_initializer (_) "=>" (_)) @value
(object_creation_expression (arguments) @value)
