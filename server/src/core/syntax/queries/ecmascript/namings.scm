; What already names a code on its line, so that no title is shown after it: `@comment`, and
; `@named`, a literal a declaration gives a name (`const RATE_LIMITED = 130429`, `{ reEngagement: 470 }`).
; Read by namings.ts.
(comment) @comment
(variable_declarator name: (identifier) @name value: (number) @named)
(pair key: (property_identifier) @name value: (number) @named)
(pair key: (string) value: (number) @named)
(assignment_expression left: [(identifier) (member_expression)] right: (number) @named)
; A number written in code, not in a string or comment: only such a bare code gets a title.
(number) @literal
