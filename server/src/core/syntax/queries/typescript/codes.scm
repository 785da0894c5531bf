; inherits: ecmascript
; A union type's members, an enum's values.
(union_type (literal_type [(number) (string)] @member)) @collection
; The same named constants in an object made read-only: `ERRORS = { RE_ENGAGEMENT: 470 } as const`.
(variable_declarator
  name: (identifier) @_name (#match? @_name "[Ee][Rr][Rr]|[Cc][Oo][Dd][Ee]")
  value: (as_expression (object (pair key: (property_identifier) @_constant (#match? @_constant "^[A-Z][A-Z0-9_]*$") value: (number) @member)) @collection))
(enum_body (enum_assignment value: [(number) (string)] @member)) @collection
(type_alias_declaration name: (_) @name value: (_) @named)
(enum_declaration name: (_) @name body: (_) @named)
(public_field_definition name: (_) @name value: (_) @named)
