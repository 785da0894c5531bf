; @block: a body whose statements run in order, where a handler may go among them (a class body is
; none), and a case, which holds its statements after its @head (its value). @definition: a
; declaration, where no handler goes. @leaving: a statement after which nothing runs. @idle: a
; statement that does nothing of its own.
[(program) (compound_statement) (colon_block)] @block
(case_statement value: (_) @head) @block
(default_statement) @block

[(class_declaration) (interface_declaration) (trait_declaration) (enum_declaration) (declaration_list)
 (function_definition) (method_declaration)] @definition

[(return_statement) (break_statement) (continue_statement) (exit_statement)] @leaving
(expression_statement (throw_expression)) @leaving

[(break_statement) (empty_statement)] @idle
