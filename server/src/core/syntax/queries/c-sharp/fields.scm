; A class's property or field of errors (`public List<StatusError> Errors { get; set; }`): a declaration, no read of them (captures: README.md).
(property_declaration name: (identifier) @_name (#match? @_name "^[Ee]rrors$")) @declaration
(field_declaration (variable_declaration (variable_declarator (identifier) @_name)) (#match? @_name "^_?[Ee]rrors$")) @declaration
