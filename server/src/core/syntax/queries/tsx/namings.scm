; inherits: ecmascript
(enum_assignment name: (_) @name value: (number) @named)
(public_field_definition name: (_) @name value: (number) @named)
