; What already names a code on its line: `@comment`, and `@named`, a literal a declaration gives a
; name (`@name`, where a case label may use it as a constant) (`const RateLimited = 130429`, `{ReEngagement: 470}`). Read by namings.ts.
(comment) @comment
(const_spec name: (identifier) @name value: (expression_list . (int_literal) @named .))
(var_spec value: (expression_list (int_literal) @named))
(short_var_declaration right: (expression_list (int_literal) @named))
(keyed_element key: (literal_element (identifier)) value: (literal_element (int_literal) @named))
; A number written in code, not in a string or comment: only such a bare code gets a title.
(int_literal) @literal
