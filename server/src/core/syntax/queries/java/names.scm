; Names declared in Java (captures: README.md). A class body is a scope whose fields its methods
; see; every block is one, and so is a statement whose head declares names for its body.
[(program) (class_body) (enum_body) (block) (method_declaration) (constructor_declaration) (lambda_expression) (catch_clause) (for_statement) (enhanced_for_statement) (try_with_resources_statement) (if_statement) (switch_rule)] @scope

(formal_parameter type: (_) @type name: (identifier) @name)
(spread_parameter (_) @type (variable_declarator name: (identifier) @name))
(catch_formal_parameter (catch_type) @type name: (identifier) @name)
((local_variable_declaration type: (_) @type declarator: (variable_declarator name: (identifier) @name)) (#not-eq? @type "var"))
(field_declaration type: (_) @type declarator: (variable_declarator name: (identifier) @name))
((enhanced_for_statement type: (_) @type name: (identifier) @name) (#not-eq? @type "var"))
((resource type: (_) @type name: (identifier) @name) (#not-eq? @type "var"))
(instanceof_expression right: (_) @type name: (identifier) @name)
(type_pattern (_) @type (identifier) @name)
(lambda_expression parameters: (identifier) @name)
(inferred_parameters (identifier) @name)
; `var ex = …`: the type is the value's.
((local_variable_declaration type: (type_identifier) @_var declarator: (variable_declarator name: (identifier) @name)) (#eq? @_var "var") (#set! type "inferred"))
((enhanced_for_statement type: (type_identifier) @_var name: (identifier) @name) (#eq? @_var "var") (#set! type "inferred"))
((resource type: (type_identifier) @_var name: (identifier) @name) (#eq? @_var "var") (#set! type "inferred"))
; `this`, seen where it is used: a handler may read `this.last.getCode()` where the code around it does.
(this) @name
