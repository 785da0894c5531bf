; A struct's field of errors (`Errors []StatusError `json:"errors"``), tag and all: a declaration, no read of them (captures: README.md).
(field_declaration name: (field_identifier) @_name (#match? @_name "^[Ee]rrors$")) @declaration
