; A collection's members, which are codes together: an array's elements, an object's keys.
(array [(number) (string)] @member) @collection
(object (pair key: [(number) (string)] @member)) @collection
; A literal passed to a call, and what is called.
(call_expression function: (_) @call arguments: (arguments [(number) (string)] @argument))
(new_expression constructor: (_) @call arguments: (arguments [(number) (string)] @argument))
; A value and the name given to it.
(variable_declarator name: (_) @name value: (_) @named)
(assignment_expression left: (_) @name right: (_) @named)
(pair key: (_) @name value: (_) @named)
