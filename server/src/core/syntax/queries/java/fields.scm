; A class's field, getter or record component of errors: a declaration, no read of them (captures: README.md).
(field_declaration declarator: (variable_declarator name: (identifier) @_name) (#eq? @_name "errors")) @declaration
(method_declaration name: (identifier) @_name (#match? @_name "^(getErrors|errors)$")) @declaration
(record_declaration parameters: (formal_parameters (formal_parameter name: (identifier) @_name (#eq? @_name "errors")) @declaration))
