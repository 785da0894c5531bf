; @block: a body whose statements run in order, where a handler may go among them (a block, the
; statement list in it), and a case clause, which holds its statements after its @head (its
; values). @definition: a declaration, where no handler goes. @leaving: a statement after which
; nothing runs. @idle: a statement that does nothing of its own.
[(block) (statement_list)] @block
(expression_case value: (_) @head) @block
(type_case type: (_) @head) @block
(communication_case communication: (_) @head) @block
(default_case) @block

[(function_declaration) (method_declaration) (type_declaration)] @definition

[(return_statement) (break_statement) (continue_statement) (goto_statement)] @leaving
(expression_statement (call_expression function: (identifier) @_panic (#eq? @_panic "panic"))) @leaving

(break_statement) @idle
