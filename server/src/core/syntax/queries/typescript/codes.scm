; inherits: ecmascript
; A union type's members, an enum's values.
(union_type (literal_type [(number) (string)] @member)) @collection
(enum_body (enum_assignment value: [(number) (string)] @member)) @collection
(type_alias_declaration name: (_) @name value: (_) @named)
(enum_declaration name: (_) @name body: (_) @named)
(public_field_definition name: (_) @name value: (_) @named)
