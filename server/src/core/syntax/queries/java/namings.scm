; What already names a code on its line: `@comment`, and `@named`, a literal a declaration gives a
; name (`@name`, where a case label may use it as a constant) (`static final int RATE_LIMITED = 130429;`, `RE_ENGAGEMENT(470)`). Read by namings.ts.
[(line_comment) (block_comment)] @comment
; A case label takes a constant: a final field.
(field_declaration (modifiers "final") declarator: (variable_declarator name: (identifier) @name value: (decimal_integer_literal) @named))
(variable_declarator value: (decimal_integer_literal) @named)
(enum_constant arguments: (argument_list . (decimal_integer_literal) @named))
; A number written in code, not in a string or comment: only such a bare code gets a title.
(decimal_integer_literal) @literal
