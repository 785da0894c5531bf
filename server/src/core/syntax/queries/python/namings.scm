; What already names a code on its line: `@comment`, and `@named`, a literal a declaration gives a
; name (`@name`, where a case label may use it as a constant) (`RATE_LIMITED = 130429`, `{"re_engagement": 470}`). Read by namings.ts.
(comment) @comment
(assignment left: (identifier) @name right: (integer) @named)
(assignment left: (attribute) right: (integer) @named)
(pair key: (string) value: (integer) @named)
; A number written in code, not in a string or comment: only such a bare code gets a title.
(integer) @literal
