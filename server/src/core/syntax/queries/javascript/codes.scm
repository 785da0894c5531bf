; inherits: ecmascript
(field_definition property: (_) @name value: (_) @named)
