; @block: a body whose statements run in order, where a handler may go among them (a class body is
; none), and a case clause, which holds its statements after its @head (its labels). @definition: a
; declaration, where no handler goes. @leaving: a statement after which nothing runs. @idle: a
; statement that does nothing of its own (a branch holding only these handles no code).
[(block) (constructor_body)] @block
(switch_block_statement_group (switch_label) @head) @block

[(class_declaration) (interface_declaration) (enum_declaration) (record_declaration) (annotation_type_declaration)
 (class_body) (enum_body) (method_declaration) (constructor_declaration)] @definition

[(return_statement) (throw_statement) (break_statement) (continue_statement) (yield_statement)] @leaving

(break_statement) @idle
