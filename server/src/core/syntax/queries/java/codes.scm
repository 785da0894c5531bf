; A collection's members, which are codes together: an array initializer's elements, a Set.of or Map.of call's arguments.
(array_initializer [(decimal_integer_literal) (string_literal)] @member) @collection
(method_invocation object: (identifier) @_type name: (identifier) @_of (#match? @_type "^(Set|List|Map|EnumSet)$") (#match? @_of "^(of|copyOf)$") arguments: (argument_list [(decimal_integer_literal) (string_literal)] @member)) @collection
; A literal passed to a call, and what is called.
(method_invocation name: (_) @call arguments: (argument_list [(decimal_integer_literal) (string_literal)] @argument))
; A value and the name given to it.
(variable_declarator name: (_) @name value: (_) @named)
(assignment_expression left: (_) @name right: (_) @named)
