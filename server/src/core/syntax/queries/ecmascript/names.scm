; Names declared in TypeScript, TSX and JavaScript (captures: README.md). Every block is a scope;
; a class body is none (its fields are reached through `this`).
[(program) (statement_block) (function_declaration) (function_expression) (generator_function_declaration) (generator_function) (arrow_function) (method_definition) (for_statement) (for_in_statement) (catch_clause)] @scope

(variable_declarator name: (identifier) @name)
(arrow_function parameter: (identifier) @name)
(for_in_statement left: (identifier) @name)
(array_pattern (identifier) @name)
(object_pattern (shorthand_property_identifier_pattern) @name)
(object_assignment_pattern left: (shorthand_property_identifier_pattern) @name)
(pair_pattern value: (identifier) @name)
(rest_pattern (identifier) @name)
(assignment_pattern left: (identifier) @name)
(import_clause (identifier) @name)
(namespace_import (identifier) @name)
(import_specifier alias: (identifier) @name)
(import_specifier !alias name: (identifier) @name)
; `this`, seen where it is used: a handler may read `this.last.code` where the code around it does.
(this) @name
