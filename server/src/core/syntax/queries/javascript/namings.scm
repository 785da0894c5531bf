; inherits: ecmascript
(field_definition value: (number) @named)
