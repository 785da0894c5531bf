; inherits: ecmascript
; `type RateLimited = 130429 | 131056`
(type_alias_declaration name: (_) @name value: (union_type (literal_type (number) @code)) @members)
(union_type (literal_type (number) @code)) @members
