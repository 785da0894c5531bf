; A collection's members, which are codes together: an array's elements, an object's keys.
(array [(number) (string)] @member) @collection
(object (pair key: [(number) (string)] @member)) @collection
; The values of named constants in an object named for errors or codes: `ERROR_CODE = { API_SERVICE: 2, RATE_LIMIT_HIT: 130429 }`.
(variable_declarator
  name: (identifier) @_name (#match? @_name "[Ee][Rr][Rr]|[Cc][Oo][Dd][Ee]")
  value: (object (pair key: (property_identifier) @_constant (#match? @_constant "^[A-Z][A-Z0-9_]*$") value: (number) @member)) @collection)
; A literal passed to a call, and what is called.
(call_expression function: (_) @call arguments: (arguments [(number) (string)] @argument))
(new_expression constructor: (_) @call arguments: (arguments [(number) (string)] @argument))
; A value and the name given to it.
(variable_declarator name: (_) @name value: (_) @named)
(assignment_expression left: (_) @name right: (_) @named)
(pair key: (_) @name value: (_) @named)
