; What already names a code on its line: `@comment`, and `@named`, a literal a declaration gives a
; name (`@name`, where a case label may use it as a constant) (`const RATE_LIMITED = 130429;`, `'re_engagement' => 470`). Read by namings.ts.
(comment) @comment
(const_element (name) @name (integer) @named)
(assignment_expression right: (integer) @named)
(array_element_initializer . (string) . (integer) @named)
; A number written in code, not in a string or comment: only such a bare code gets a title.
(integer) @literal
