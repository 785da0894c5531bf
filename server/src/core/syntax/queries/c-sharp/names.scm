; Names declared in C# (captures: README.md). A class body is a scope whose fields its methods see;
; every block is one, and so is a statement whose head declares names for its body.
[(compilation_unit) (declaration_list) (block) (method_declaration) (constructor_declaration) (local_function_statement) (lambda_expression) (anonymous_method_expression) (catch_clause) (for_statement) (foreach_statement) (using_statement) (if_statement) (switch_section)] @scope

(parameter type: (_) @type name: (identifier) @name)
(parameter !type name: (identifier) @name)
(implicit_parameter) @name
(catch_declaration type: (_) @type name: (identifier) @name)
(declaration_pattern type: (_) @type name: (identifier) @name)
((variable_declaration type: (_) @type (variable_declarator name: (identifier) @name)) (#not-eq? @type "var"))
((declaration_expression type: (_) @type name: (identifier) @name) (#not-eq? @type "var"))
((foreach_statement type: (_) @type left: (identifier) @name) (#not-eq? @type "var"))
(tuple_pattern name: (identifier) @name)
; `var ex = …`: the type is the value's.
((variable_declaration type: (implicit_type) (variable_declarator name: (identifier) @name)) (#set! type "inferred"))
((declaration_expression type: (implicit_type) name: (identifier) @name) (#set! type "inferred"))
((foreach_statement type: (implicit_type) left: (identifier) @name) (#set! type "inferred"))
; `this`, seen where it is used: a handler may read `this.Last.Code` where the code around it does.
"this" @name
