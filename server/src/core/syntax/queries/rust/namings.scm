; What already names a code on its line: `@comment`, and `@named`, a literal a declaration gives a
; name (`@name`, where a case label may use it as a constant) (`const RATE_LIMITED: i32 = 130429;`, `ReEngagement = 470`). Read by namings.ts.
[(line_comment) (block_comment)] @comment
(const_item name: (identifier) @name value: (integer_literal) @named)
(static_item value: (integer_literal) @named)
(let_declaration value: (integer_literal) @named)
(enum_variant value: (integer_literal) @named)
; A number written in code, not in a string or comment: only such a bare code gets a title.
(integer_literal) @literal
