; A collection's members, which are codes together: a slice's or array's elements, a map's keys.
(literal_value (literal_element [(int_literal) (interpreted_string_literal)] @member)) @collection
(literal_value (keyed_element key: (literal_element [(int_literal) (interpreted_string_literal)] @member))) @collection
; A literal passed to a call, and what is called.
(call_expression function: (_) @call arguments: (argument_list [(int_literal) (interpreted_string_literal)] @argument))
; A value and the name given to it.
(var_spec name: (_) @name value: (_) @named)
(const_spec name: (_) @name value: (_) @named)
(short_var_declaration left: (_) @name right: (_) @named)
(keyed_element key: (_) @name value: (_) @named)
