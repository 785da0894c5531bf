; A struct's field of errors (`pub errors: Option<Vec<StatusError>>`): a declaration, no read of them (captures: README.md).
(field_declaration name: (field_identifier) @_name (#eq? @_name "errors")) @declaration
