; @value: a value being built, where a code is produced, not handled: what a declaration or an
; assignment is given, or a composite literal's keyed element (captures: README.md).
(var_spec value: (_) @value)
(const_spec value: (_) @value)
(short_var_declaration right: (_) @value)
(assignment_statement right: (_) @value)
(keyed_element) @value
