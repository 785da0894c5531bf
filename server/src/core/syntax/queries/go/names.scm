; Names declared in Go (captures: README.md). Every block is a scope, and so is a statement whose
; head declares names for its blocks (`if _, err := post(); err != nil {`, `for _, e := range errs {`).
[(source_file) (block) (function_declaration) (method_declaration) (func_literal) (if_statement) (for_statement) (expression_switch_statement) (type_switch_statement) (select_statement)] @scope

(parameter_declaration name: (identifier) @name type: (_) @type)
(variadic_parameter_declaration name: (identifier) @name type: (_) @type)
(var_spec name: (identifier) @name type: (_) @type)
; `x := post()`, `var x = post()`, a range's variables, a type switch's alias: the type is the value's.
((short_var_declaration left: (expression_list (identifier) @name)) (#set! type "inferred"))
((var_spec name: (identifier) @name !type) (#set! type "inferred"))
((range_clause left: (expression_list (identifier) @name)) (#set! type "inferred"))
((type_switch_statement alias: (expression_list (identifier) @name)) (#set! type "inferred"))
(const_spec name: (identifier) @name)
(import_spec name: (package_identifier) @name)
