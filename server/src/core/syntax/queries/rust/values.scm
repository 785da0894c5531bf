; @value: a value being built, where a code is produced, not handled: what a binding, a constant
; or a struct's field is given (captures: README.md).
(let_declaration value: (_) @value)
(const_item value: (_) @value)
(static_item value: (_) @value)
(assignment_expression right: (_) @value)
(field_initializer value: (_) @value)
