; inherits: ecmascript
(enum_assignment value: (number) @named)
(public_field_definition value: (number) @named)
