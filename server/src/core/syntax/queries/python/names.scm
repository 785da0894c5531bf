; @scope: where names are declared, seen by the scopes nested in it too (the module, a function, a
; lambda, a comprehension). @scope.own: a scope whose names the scopes nested in it do not see (a
; class body: its methods reach them through `self`). @name: a name declared there: a parameter, an
; assigned or imported name, a loop's or a `with`'s variable. With @within, a name seen only inside
; that node: the error an `except … as e` names.
[(module) (function_definition) (lambda) (list_comprehension) (set_comprehension) (dictionary_comprehension) (generator_expression)] @scope
(class_definition) @scope.own

(parameters (identifier) @name)
(lambda_parameters (identifier) @name)
(default_parameter name: (identifier) @name)
(typed_parameter (identifier) @name)
(typed_default_parameter name: (identifier) @name)
(list_splat_pattern (identifier) @name)
(dictionary_splat_pattern (identifier) @name)
(assignment left: (identifier) @name)
(assignment left: (pattern_list (identifier) @name))
(assignment left: (tuple_pattern (identifier) @name))
(augmented_assignment left: (identifier) @name)
(named_expression name: (identifier) @name)
(for_statement left: (identifier) @name)
(for_statement left: (pattern_list (identifier) @name))
(for_in_clause left: (identifier) @name)
(for_in_clause left: (pattern_list (identifier) @name))
(with_item value: (as_pattern alias: (as_pattern_target (identifier) @name)))
(import_statement name: (dotted_name . (identifier) @name))
(import_statement name: (aliased_import alias: (identifier) @name))
(import_from_statement name: (dotted_name (identifier) @name .))
(import_from_statement name: (aliased_import alias: (identifier) @name))
(global_statement (identifier) @name)
(except_clause (as_pattern alias: (as_pattern_target (identifier) @name))) @within
