; A collection's members, which are codes together: an initializer's elements or indexer keys.
(initializer_expression [(integer_literal) (string_literal)] @member) @collection
(initializer_expression (assignment_expression left: (element_binding_expression (argument [(integer_literal) (string_literal)] @member)))) @collection
; A literal passed to a call, and what is called.
(invocation_expression function: (_) @call arguments: (argument_list (argument [(integer_literal) (string_literal)] @argument)))
; A value and the name given to it.
(variable_declarator name: (_) @name (_) @named)
(assignment_expression left: (_) @name right: (_) @named)
