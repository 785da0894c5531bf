; inherits: ecmascript
; @type: the type a declaration writes (an inline object type is none: what it has is written there).
(variable_declarator name: (identifier) @name type: (type_annotation [(type_identifier) (nested_type_identifier) (generic_type) (predefined_type) (union_type)] @type))
(required_parameter pattern: (identifier) @name type: (type_annotation [(type_identifier) (nested_type_identifier) (generic_type) (predefined_type) (union_type)] @type)?)
(optional_parameter pattern: (identifier) @name type: (type_annotation [(type_identifier) (nested_type_identifier) (generic_type) (predefined_type) (union_type)] @type)?)
(catch_clause parameter: (identifier) @name type: (type_annotation (_) @type))
; A caught error without a type is `unknown` (TypeScript's strict mode).
((catch_clause parameter: (identifier) @name !type) (#set! type "unknown"))
