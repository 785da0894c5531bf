; inherits: ecmascript
(formal_parameters (identifier) @name)
(catch_clause parameter: (identifier) @name)
