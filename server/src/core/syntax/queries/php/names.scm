; Names declared in PHP (captures: README.md). A function sees only its own variables (and those a
; closure's `use` lists): the file, functions, methods and closures are scopes of their own. A
; catch's or a foreach's variables are seen in that statement alone (after it, they may be unset);
; an arrow function sees the variables around it, and its parameters in it alone.
[(program) (function_definition) (method_declaration) (anonymous_function)] @scope.own

(simple_parameter name: (variable_name (name) @name))
(variadic_parameter name: (variable_name (name) @name))
(property_promotion_parameter name: (variable_name (name) @name))
(anonymous_function_use_clause (variable_name (name) @name))
(assignment_expression left: (variable_name (name) @name))
(list_literal (variable_name (name) @name))
(global_declaration (variable_name (name) @name))
(static_variable_declaration name: (variable_name (name) @name))
(catch_clause name: (variable_name (name) @name)) @within
(foreach_statement (_) . (variable_name (name) @name)) @within
(foreach_statement (pair (variable_name (name) @name))) @within
(arrow_function parameters: (formal_parameters (simple_parameter name: (variable_name (name) @name)))) @within
; `$this`, seen where it is used: a handler may read `$this->last['code']` where the code around it does.
((variable_name (name) @name) (#eq? @name "this"))
