; A collection's members, which are codes together: an array's elements or keys.
(array_creation_expression (array_element_initializer . [(integer) (string)] @member)) @collection
; A literal passed to a call, and what is called.
(function_call_expression function: (_) @call arguments: (arguments (argument [(integer) (string)] @argument)))
(member_call_expression name: (_) @call arguments: (arguments (argument [(integer) (string)] @argument)))
(scoped_call_expression name: (_) @call arguments: (arguments (argument [(integer) (string)] @argument)))
; A value and the name given to it.
(const_element (name) @name (_) @named)
(assignment_expression left: (_) @name right: (_) @named)
(property_element (variable_name) @name (_) @named)
