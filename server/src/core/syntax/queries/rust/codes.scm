; A collection's members, which are codes together: an array's elements.
(array_expression [(integer_literal) (string_literal)] @member) @collection
; A match arm's pattern (or one of its alternatives).
(match_pattern (integer_literal) @label)
(or_pattern (integer_literal) @label)
; A literal passed to a call or a macro, and what is called.
(call_expression function: (_) @call arguments: (arguments [(integer_literal) (string_literal)] @argument))
(macro_invocation macro: (_) @call (token_tree [(integer_literal) (string_literal)] @argument))
; A value and the name given to it.
(let_declaration pattern: (_) @name value: (_) @named)
(const_item name: (_) @name value: (_) @named)
(static_item name: (_) @name value: (_) @named)
