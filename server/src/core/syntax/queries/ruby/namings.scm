; What already names a code on its line: `@comment`, and `@named`, a literal a declaration gives a
; name (`@name`, where a case label may use it as a constant) (`RATE_LIMITED = 130429`, `{ re_engagement: 470 }`). Read by namings.ts.
(comment) @comment
(assignment left: [(identifier) (constant)] @name right: (integer) @named)
(assignment left: (instance_variable) right: (integer) @named)
(pair key: [(hash_key_symbol) (simple_symbol) (string)] value: (integer) @named)
; A number written in code, not in a string or comment: only such a bare code gets a title.
(integer) @literal
