; A collection's members, which are codes together: an array's elements, a hash's keys.
(array [(integer) (string)] @member) @collection
(hash (pair key: [(integer) (string)] @member)) @collection
; A literal passed to a call, and what is called.
(call method: (_) @call arguments: (argument_list [(integer) (string)] @argument))
; A value and the name given to it.
(assignment left: (_) @name right: (_) @named)
(pair key: (_) @name value: (_) @named)
