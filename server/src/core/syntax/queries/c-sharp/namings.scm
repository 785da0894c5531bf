; What already names a code on its line: `@comment`, and `@named`, a literal a declaration gives a
; name (`@name`, where a case label may use it as a constant) (`const int RateLimited = 130429;`, `ReEngagement = 470` in an enum). Read by namings.ts.
(comment) @comment
; A case label takes a constant: a const field.
(field_declaration (modifier "const") (variable_declaration (variable_declarator name: (identifier) @name (integer_literal) @named)))
(variable_declarator (integer_literal) @named)
(enum_member_declaration name: (identifier) @name (integer_literal) @named)
(assignment_expression left: (identifier) right: (integer_literal) @named)
; A number written in code, not in a string or comment: only such a bare code gets a title.
(integer_literal) @literal
