; @block: a body whose statements run in order, where a handler may go among them (a class body is
; none), and a case clause, which holds its statements after its @head (its label). @definition: a
; definition, where no handler goes. @leaving: a statement after which nothing runs. @idle: a
; statement that does nothing of its own (a branch holding only these handles no code).
[(program) (statement_block)] @block
(switch_case value: (_) @head) @block
(switch_default) @block

[(class_declaration) (class) (function_declaration) (generator_function_declaration) (method_definition)] @definition

[(return_statement) (throw_statement) (break_statement) (continue_statement)] @leaving

[(break_statement) (empty_statement)] @idle
